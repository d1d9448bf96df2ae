import { beforeAll, describe, expect, it } from 'vitest'
import { KNOWN_ITEMS, meanReciprocalRank, rankOf } from '../../bench/known-items'
import type { SearchService } from '../../src/main/search/search-service'
import { chapterIds, sotuSearch } from '../support/sotu-search'

let sotu: SearchService
beforeAll(async () => {
  sotu = await sotuSearch()
}, 120_000)

describe('ranking on the State of the Union addresses', () => {
  it('puts the address holding a famous phrase first, typed without quotes', () => {
    expect(chapterIds(sotu.search('big government is over'))[0]).toBe('1996-william-j-clinton')
    const points = chapterIds(sotu.search('a thousand points of light'))
    expect(points[0]).toBe('1991-george-bush')
    expect(chapterIds(sotu.search('"a thousand points of light"'))).toEqual(['1991-george-bush'])
  })

  it('ranks the addresses holding the words as a phrase above those where they are scattered', () => {
    for (const words of ['foreign policy', 'nuclear weapons', 'health care reform', 'war on poverty']) {
      const exact = chapterIds(sotu.search(`"${words}"`))
      const all = chapterIds(sotu.search(`${words} `))
      expect(exact.length, words).toBeGreaterThan(0)
      expect(all.length, words).toBeGreaterThan(exact.length)
      // Proximity tests the best addresses by BM25 (a bounded number): the phrase ones lead the list.
      const leading = all.slice(0, Math.min(5, exact.length))
      expect(
        leading.filter((id) => !exact.includes(id)),
        words
      ).toEqual([])
    }
  })

  it('finds the known items (famous phrases, many misspelled) with a mean reciprocal rank ≥ 0.9', () => {
    const ranks = KNOWN_ITEMS.map(({ query, chapterId }) => rankOf(sotu.search(query).groups, chapterId))
    const missed = KNOWN_ITEMS.filter((_, i) => ranks[i] !== 1).map((item, i) => `${item.query}: ${ranks[i]}`)
    expect(meanReciprocalRank(ranks), missed.join('; ')).toBeGreaterThanOrEqual(0.9)
    expect(ranks.every((rank) => rank !== null)).toBe(true)
  })
})
