import { beforeAll, describe, expect, it } from 'vitest'
import type { SearchService } from '../../src/main/search/search-service'
import { fixtureSearch, markedInSnippets, paragraphIds } from '../support/fixture-search'
import { chapterIds, sotuSearch } from '../support/sotu-search'

let small: SearchService
let sotu: SearchService
beforeAll(async () => {
  ;({ search: small } = await fixtureSearch('english-search'))
  sotu = await sotuSearch()
}, 120_000)

describe('typos', () => {
  it('corrects a misspelled word inside quotes as it does outside them', () => {
    const quoted = small.search('"foriegn policy"')
    expect(paragraphIds(quoted)).toEqual(['abroad-1'])
    expect(markedInSnippets(quoted)).toEqual(['Foreign policy'])
    expect(quoted.notice).toMatchObject({
      kind: 'corrected',
      correctedQuery: '"foreign policy"',
      typedQuery: '"foriegn policy"'
    })
    expect(paragraphIds(small.search('foriegn policy'))).toEqual(
      expect.arrayContaining(['abroad-1', 'abroad-2'])
    )
  })

  it('keeps the reader’s casing in the correction, and searches as typed when asked', () => {
    expect(small.search('Goverment BUDGET').notice).toMatchObject({
      kind: 'corrected',
      correctedQuery: 'Government BUDGET',
      typedQuery: 'Goverment BUDGET'
    })
    expect(small.search('GOVERMENT').notice).toMatchObject({ correctedQuery: 'GOVERNMENT' })
    const asTyped = small.search('goverment budget', { asTyped: true })
    expect(asTyped.notice?.kind).not.toBe('corrected')
    expect(small.highlights('abroad', 'goverment', { asTyped: true }).paragraphs).toEqual([])
  })

  it('reads a last word that only starts rare words as the real word it misspells: "axis of evel"', () => {
    const results = sotu.search('axis of evel')
    expect(chapterIds(results)[0]).toBe('2002-george-w-bush')
    expect(results.notice).toEqual({
      kind: 'corrected',
      correctedQuery: 'axis of evil',
      typedQuery: 'axis of evel'
    })
    expect(sotu.search('Axis of Evel').notice).toMatchObject({ correctedQuery: 'Axis of Evil' })
    // Spelled out, the prefix is kept: the reader is typing a word the edition has.
    expect(sotu.search('evely').notice?.kind).not.toBe('corrected')
    expect(sotu.search('constituti').notice).toBeNull()
    // Among equally close spellings, the one that stands beside the typed words wins.
    expect(sotu.search('peace dividnd').notice).toMatchObject({ correctedQuery: 'peace dividend' })
  })

  it('never offers a correction that reads as the query itself', () => {
    for (const query of ['İstanbul', "city'N", 'CITY’S', 'Nation’s', 'naïve', 'ISTANBUL']) {
      const notice = sotu.search(query).notice
      if (notice?.kind === 'corrected') {
        expect(notice.correctedQuery.toLowerCase(), query).not.toBe(query.toLowerCase())
        expect(notice.typedQuery, query).toBe(query)
      }
    }
    expect(sotu.search('İstanbul').notice).toBeNull()
  })
})
