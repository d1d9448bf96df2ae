import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { pathologicalEdition } from '../../bench/pathological'
import { SNIPPET_BUDGET } from '../../src/main/search/group-results'
import { MAX_RANGES } from '../../src/main/search/match-ranges'
import { MAX_QUERY_CHARS } from '../../src/main/search/parse-query'
import {
  createSearchService,
  MAX_HIGHLIGHTED_PARAGRAPHS,
  type SearchService
} from '../../src/main/search/search-service'
import { fixtureSearch } from '../support/fixture-search'

let huge: SearchService
let many: SearchService
beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'elshi-pathological-'))
  for (const [kind, set] of [
    ['huge-paragraph', (s: SearchService) => (huge = s)],
    ['many-paragraphs', (s: SearchService) => (many = s)]
  ] as const) {
    const { edition, index } = await pathologicalEdition(kind, root)
    set(createSearchService(edition, index))
  }
}, 180_000)

const size = (value: unknown): number => JSON.stringify(value).length

describe('search bounds on pathological editions', () => {
  it('answers a 5 MB paragraph with a windowed snippet and at most N highlight ranges', () => {
    for (const query of ['treaty', 'the', '"foreign policy"', 'foreign policy', 'trety']) {
      const results = huge.search(query)
      expect(results.totalHits, query).toBe(1)
      const [hit] = results.groups[0]!.hits
      expect(hit!.ranges.length, query).toBeLessThanOrEqual(MAX_RANGES)
      expect(hit!.snippet.text.length, query).toBeLessThan(1000)
      expect(size(results), query).toBeLessThan(100_000)
      const chapterId = results.groups[0]!.chapterId
      const marked = huge.highlights(chapterId, query).paragraphs[0]!.ranges.length
      // The count the reader steps through is the number of marks it can show.
      expect(results.totalOccurrences, query).toBe(Math.max(1, marked))
    }
    // A word standing only at the very end is still found (by the index), once.
    const end = huge.search('Semipalatinsk')
    expect([end.totalHits, end.totalOccurrences]).toEqual([1, 1])
  })

  it('bounds snippets and highlights over 10,000 paragraphs while counting every hit', () => {
    const results = many.search('treaty')
    expect(results.totalHits).toBeGreaterThan(5000)
    expect(results.groups.flatMap((g) => g.hits).length).toBeLessThanOrEqual(SNIPPET_BUDGET)
    expect(results.groups[0]!.paragraphIds).toHaveLength(results.totalHits)
    expect(results.groups[0]!.occurrences.reduce((a, b) => a + b, 0)).toBe(results.totalOccurrences)
    expect(results.totalOccurrences).toBeGreaterThan(results.totalHits)
    const highlights = many.highlights(results.groups[0]!.chapterId, 'treaty')
    expect(highlights.paragraphs.length).toBe(MAX_HIGHLIGHTED_PARAGRAPHS)
    expect(many.search('Semipalatinsk').groups[0]!.paragraphIds).toEqual(['p-10000'])
  })

  it('cuts an over-long query at the limit and says so calmly', async () => {
    const { search } = await fixtureSearch('english-search')
    const long = 'government '.repeat(2500)
    const results = search.search(long)
    expect(results.notice).toEqual({ kind: 'cut', limit: MAX_QUERY_CHARS })
    expect(results.totalHits).toBeGreaterThan(0)
  })

  it('searches a query of only common words as written instead of finding one stray passage', async () => {
    const { search } = await fixtureSearch('english-search')
    const the = search.search('the')
    expect(the.notice).toMatchObject({ kind: 'common-words', words: 'the' })
    // All six passages of the fixture hold "the"; a prefix reading of it used to find one stray passage.
    expect(the.totalHits).toBe(6)
    expect(search.search('"the"').totalHits).toBe(6)
    expect(search.search('of the').groups.flatMap((g) => g.paragraphIds)).toEqual(['charter-1'])
  })
})
