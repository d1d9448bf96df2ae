import { beforeAll, describe, expect, it } from 'vitest'
import type { SearchService } from '../../src/main/search/search-service'
import { foldText } from '../../src/main/search/tokenize'
import { fixtureSearch, markedInSnippets, paragraphIds } from '../support/fixture-search'

let search: SearchService
beforeAll(async () => ({ search } = await fixtureSearch('folding-edition')))

/** What a highlight marks in its paragraph: the characters as written, not their folded form. */
function markedInText(query: string, chapterId = 'letters'): string[] {
  const results = search.search(query)
  const texts = new Map(results.groups.flatMap((g) => g.hits.map((h) => [h.paragraphId, h] as const)))
  return search.highlights(chapterId, query).paragraphs.flatMap((p) => {
    const hit = texts.get(p.paragraphId)!
    const text = hit.snippet.text
    return p.ranges.map((r) => text.slice(r.start - hit.snippet.offset, r.end - hit.snippet.offset))
  })
}

describe('case and accent folding', () => {
  it('matches Latin letters without their accents, either way, and marks the original characters', () => {
    expect(paragraphIds(search.search('cafe deja vu'))).toEqual(['letters-1'])
    expect(paragraphIds(search.search('CAFÉ'))).toEqual(['letters-1', 'letters-5'])
    expect(markedInSnippets(search.search('creme brulee'))).toEqual(['crème', 'brûlée'])
    expect(markedInText('sao paulo')).toEqual(['São', 'Paulo'])
    expect(paragraphIds(search.search('"deja vu"'))).toEqual(['letters-1'])
    expect(markedInSnippets(search.search('"creme brulee"'))).toEqual(['crème brûlée'])
    expect(search.search('presidént').notice).toBeNull()
  })

  it('folds Turkish dotted and dotless I without crashing or "correcting" the word to itself', () => {
    for (const query of ['İstanbul', 'istanbul', 'ISTANBUL', 'İSTANBUL']) {
      const results = search.search(query)
      expect(paragraphIds(results), query).toEqual(['letters-2'])
      expect(results.notice, query).toBeNull()
      expect(markedInSnippets(results), query).toEqual(['İstanbul'])
    }
    expect(markedInSnippets(search.search('igdir diyarbakir'))).toEqual(['Iğdır', 'Diyarbakır'])
    expect(paragraphIds(search.search('DİYARBAKIR'))).toEqual(['letters-2'])
    expect(foldText('İı')).toBe('ii')
  })

  it('matches Russian ё and е as one letter, and keeps й apart from и', () => {
    expect(markedInSnippets(search.search('зеленая елка'))).toEqual(['Зелёная', 'ёлка'])
    expect(paragraphIds(search.search('"ёлка стояла"'))).toEqual(['letters-3'])
    expect(paragraphIds(search.search('ЁЛКА'))).toEqual(['letters-3'])
    expect(foldText('й')).toBe('й')
    expect(foldText('и\u0306')).toBe('й')
  })

  it('keeps the Kazakh letters distinct from their look-alikes', () => {
    expect(markedInSnippets(search.search('қазақстан '))).toEqual(['Қазақстан'])
    expect(markedInSnippets(search.search('казахстан '))).toEqual(['Казахстан'])
    expect(markedInSnippets(search.search('"қала"'))).toEqual(['қала'])
    expect(markedInSnippets(search.search('"кала"'))).toEqual(['кала'])
    expect(markedInSnippets(search.search('ұлт улт өнер'))).toEqual(['ұлт', 'улт', 'өнер'])
    for (const [kazakh, lookAlike] of [
      ['ә', 'а'],
      ['ғ', 'г'],
      ['қ', 'к'],
      ['ң', 'н'],
      ['ө', 'о'],
      ['ұ', 'у'],
      ['ү', 'у'],
      ['һ', 'х'],
      ['і', 'и']
    ])
      expect(foldText(kazakh.toUpperCase())).not.toBe(lookAlike)
  })
})
