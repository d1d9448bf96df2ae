import { beforeAll, describe, expect, it } from 'vitest'
import { KNOWN_ITEMS, meanReciprocalRank, rankOf } from '../../bench/known-items'
import type { SearchService } from '../../src/main/search/search-service'
import { chapterIds, sotuSearch } from '../support/sotu-search'

/** SOTU paragraph ids end in their place in the address: "1964-lyndon-b-johnson-7". */
const idOrder = (id: string): number => Number(id.slice(id.lastIndexOf('-') + 1))

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

  it('lists, within an address, the passages holding the words as a phrase before scattered ones', () => {
    let reordered = 0
    for (const words of ['war on poverty', 'foreign policy', 'nuclear weapons', 'health care reform']) {
      const phrase = new Set(sotu.search(`"${words}"`).groups.flatMap((group) => group.paragraphIds))
      for (const group of sotu.search(`${words} `).groups.slice(0, 5)) {
        const holds = group.hits.map((hit) => phrase.has(hit.paragraphId))
        // Every listed passage with the phrase comes before every one without it…
        expect(holds, `${words}: ${group.chapterId}`).toEqual(
          [...holds].sort((a, b) => Number(b) - Number(a))
        )
        // …while "n of m" still steps through them in reading order.
        expect(group.paragraphIds).toEqual([...group.paragraphIds].sort((a, b) => idOrder(a) - idOrder(b)))
        if (group.hits[0]?.paragraphId !== group.paragraphIds[0]) reordered++
      }
    }
    // "war on poverty" in 1964: the phrase stands in the 7th passage, the words apart in the 2nd.
    expect(reordered).toBeGreaterThan(0)
  })

  it('finds the known items (famous phrases, many misspelled) with a mean reciprocal rank ≥ 0.9', () => {
    const ranks = KNOWN_ITEMS.map(({ query, chapterId }) => rankOf(sotu.search(query).groups, chapterId))
    const missed = KNOWN_ITEMS.filter((_, i) => ranks[i] !== 1).map((item, i) => `${item.query}: ${ranks[i]}`)
    expect(meanReciprocalRank(ranks), missed.join('; ')).toBeGreaterThanOrEqual(0.9)
    expect(ranks.every((rank) => rank !== null)).toBe(true)
  })
})
