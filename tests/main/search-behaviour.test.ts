import { beforeAll, describe, expect, it } from 'vitest'
import type { SearchService } from '../../src/main/search/search-service'
import { fixtureSearch, markedInSnippets, paragraphIds } from '../support/fixture-search'
import { LUNR_SYNTAX_QUERIES } from '../support/odd-queries'

let search: SearchService
beforeAll(async () => ({ search } = await fixtureSearch('english-search')))

describe('search behaviour on a small English edition', () => {
  it('keeps finding a word while it is typed, even where stemming would hide the prefix', () => {
    for (const typed of ['c', 'co', 'consti', 'constitu', 'constituti', 'constitutio', 'constitution'])
      expect(paragraphIds(search.search(typed)), typed).toEqual(expect.arrayContaining(['charter-1']))
    expect(paragraphIds(search.search('constitutiona'))).toEqual(['charter-1', 'charter-2'])
    expect(markedInSnippets(search.search('immigra*'))).toEqual(['Immigration', 'immigrants'])
  })

  it('corrects a misspelled word that matches nothing, and says so', () => {
    const results = search.search('goverment budget')
    expect(results.notice).toEqual({
      kind: 'corrected',
      correctedQuery: 'government budget',
      typedQuery: 'goverment budget'
    })
    expect(paragraphIds(results)).toEqual(['abroad-3'])
    expect(search.search('constitusion ').notice?.kind).toBe('corrected')
  })

  it('does not "correct" short words or words far from any in the edition', () => {
    expect(search.search('cat ').notice).toEqual({ kind: 'no-results' })
    expect(search.search('xylophone').notice).toEqual({ kind: 'no-results' })
  })

  it('labels partial matches when no passage has every word', () => {
    const results = search.search('constitution immigrants ')
    expect(results.notice).toEqual({ kind: 'partial', matched: 1, of: 2 })
    expect(paragraphIds(results)).toEqual(['charter-1', 'charter-2', 'charter-3'])
  })

  it('matches phrases across punctuation and quotes, but not out of order', () => {
    expect(paragraphIds(search.search('"foreign policy"'))).toEqual(['abroad-1'])
    expect(markedInSnippets(search.search('"foreign policy"'))).toEqual(['Foreign policy'])
    expect(paragraphIds(search.search('"policy foreign"'))).toEqual([])
    expect(paragraphIds(search.search('"nation courts"'))).toEqual(['charter-2'])
  })

  it('excludes words and phrases', () => {
    expect(paragraphIds(search.search('foreign -government'))).toEqual(['abroad-1'])
    expect(paragraphIds(search.search('foreign -"foreign policy"')).sort()).toEqual(['abroad-2', 'abroad-3'])
  })

  it('groups by chapter with per-chapter and total counts; every hit is a stop for "n of m"', () => {
    const results = search.search('nation government')
    expect(results.notice?.kind).toBe('partial')
    const counts = results.groups.map((g) => [g.chapterId, g.hitCount, g.paragraphIds.length])
    expect(counts).toEqual(
      expect.arrayContaining([
        ['charter', 2, 2],
        ['abroad', 2, 2]
      ])
    )
    expect(results.totalHits).toBe(results.groups.reduce((n, g) => n + g.hitCount, 0))
  })

  it('highlights every match of the open chapter, punctuation and possessives included', () => {
    const { paragraphs } = search.highlights('abroad', 'government')
    expect(paragraphs.map((p) => p.paragraphId)).toEqual(['abroad-2', 'abroad-3'])
    expect(paragraphs[1]!.ranges).toEqual([{ start: 4, end: 16 }])
    expect(search.highlights('no-such-chapter', 'government').paragraphs).toEqual([])
  })

  it('answers every odd input with results or a friendly message', () => {
    for (const odd of LUNR_SYNTAX_QUERIES) expect(() => search.search(odd), odd).not.toThrow()
    expect(search.search('***').notice?.kind).toBe('invalid-query')
    expect(search.search('-nation').notice).toEqual({ kind: 'invalid-query', problem: 'exclusions-only' })
    expect(search.search('***').notice).toEqual({ kind: 'invalid-query', problem: 'no-words' })
    expect(search.search('1990').totalHits).toBe(1)
  })
})
