import { beforeAll, describe, expect, it } from 'vitest'
import type { SearchService } from '../../src/main/search/search-service'
import type { CompiledEdition } from '../../src/shared/edition'
import type { SearchResults } from '../../src/shared/search'
import { bundledSearch } from '../support/bundled-search'
import { LUNR_SYNTAX_QUERIES } from '../support/odd-queries'

let search: SearchService
let edition: CompiledEdition
beforeAll(async () => ({ search, edition } = await bundledSearch()))

const textOf = (paragraphId: string): string =>
  edition.chapters.flatMap((c) => c.paragraphs).find((p) => p.id === paragraphId)?.text ?? ''
const marked = (results: SearchResults): string[] =>
  results.groups.flatMap((g) =>
    g.hits.flatMap((h) => h.ranges.map((r) => textOf(h.paragraphId).slice(r.start, r.end)))
  )
const paragraphs = (results: SearchResults): string[] =>
  results.groups.flatMap((g) => g.hits.map((h) => h.paragraphId))

describe('search over the bundled edition', () => {
  it('finds Semipalatinsk in the nuclear-disarmament chapter first, with the word highlighted', () => {
    const results = search.search('Semipalatinsk')
    expect(results.groups[0]?.chapterId).toBe('nuclear')
    expect(results.totalHits).toBe(2)
    expect(new Set(marked(results))).toEqual(new Set(['Semipalatinsk']))
    const hit = results.groups[0]!.hits[0]!
    const { snippet } = hit
    expect(snippet.highlights.map((r) => snippet.text.slice(r.start, r.end))).toEqual(['Semipalatinsk'])
    expect(textOf(hit.paragraphId).slice(snippet.offset, snippet.offset + snippet.text.length)).toBe(
      snippet.text
    )
  })

  it('ANDs words: every hit contains all of them', () => {
    const results = search.search('nuclear treaty')
    expect(results.totalHits).toBeGreaterThan(0)
    expect(results.notice).toBeNull()
    for (const id of paragraphs(results))
      expect(textOf(id)).toMatch(/nuclear[\s\S]*treaty|treaty[\s\S]*nuclear/i)
  })

  it('falls back to partial matches, and says so, when no passage has every word', () => {
    const results = search.search('Caspian pandemic')
    expect(results.notice?.kind).toBe('partial')
    expect(paragraphs(results)).toEqual(expect.arrayContaining(['borders-1', 'climate-health-investment-2']))
  })

  it('matches a quoted phrase only where the words are adjacent', () => {
    const phrase = search.search('"foreign policy"')
    const loose = search.search('policy foreign')
    expect(phrase.totalHits).toBeGreaterThan(0)
    for (const id of paragraphs(phrase)) expect(textOf(id).toLowerCase()).toContain('foreign policy')
    expect(new Set(marked(phrase).map((m) => m.toLowerCase()))).toEqual(new Set(['foreign policy']))
    expect(loose.totalHits).toBeGreaterThanOrEqual(phrase.totalHits)
  })

  it('excludes passages with a -word', () => {
    const all = paragraphs(search.search('Kazakhstan'))
    const without = paragraphs(search.search('Kazakhstan -nuclear'))
    expect(without.length).toBeLessThan(all.length)
    for (const id of without) expect(textOf(id).toLowerCase()).not.toContain('nuclear')
  })

  it('matches the word being typed as a prefix, even where stemming would hide it', () => {
    for (const typed of ['Semipal', 'diplomac', 'multidimensional']) {
      expect(search.search(typed).totalHits, typed).toBeGreaterThan(0)
    }
    expect(marked(search.search('demil'))).toEqual([])
    expect(marked(search.search('decarbon'))).toEqual(['decarbonize'])
  })

  it('never throws on Lunr syntax or odd input, and explains empty queries', () => {
    for (const odd of LUNR_SYNTAX_QUERIES) {
      expect(() => search.search(odd), odd).not.toThrow()
    }
    expect(search.search('   ').notice).toEqual({ kind: 'empty-query' })
    expect(search.search('-nuclear').notice?.kind).toBe('invalid-query')
    expect(search.search('xylophone').notice).toEqual({ kind: 'no-results' })
  })

  it('keeps snippets to about thirty words', () => {
    for (const group of search.search('Kazakhstan').groups)
      for (const hit of group.hits) expect(hit.snippet.text.split(/\s+/).length).toBeLessThanOrEqual(32)
  })
})
