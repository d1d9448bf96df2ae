import { describe, expect, it } from 'vitest'
import type { SearchResults } from '../../src/shared/search'
import { nextStop, stopsOf, type ReaderPlace } from '../../src/renderer/src/composables/hitStops'

const group = (chapterId: string, order: number, paragraphIds: string[], occurrences: number[]) => ({
  chapterId,
  chapterTitle: chapterId,
  order,
  hitCount: paragraphIds.length,
  paragraphIds,
  occurrences,
  hits: []
})

// Listed by relevance (chapter c first), stepped in reading order (a, b, c).
const results: SearchResults = {
  query: 'q',
  totalHits: 4,
  totalOccurrences: 6,
  notice: null,
  groups: [group('c', 2, ['c-1'], [1]), group('a', 0, ['a-1', 'a-3'], [2, 1]), group('b', 1, ['b-2'], [2])]
}
const stops = stopsOf(results)
const paragraphsOf: Record<string, string[]> = {
  a: ['a-1', 'a-2', 'a-3'],
  b: ['b-1', 'b-2', 'b-3'],
  c: ['c-1']
}
const at = (chapterId: string, order: number, paragraphId: string): ReaderPlace => ({
  chapterId,
  chapterOrder: order,
  paragraphId,
  indexOf: (id) => paragraphsOf[chapterId]!.indexOf(id)
})

describe('"n of m" stops', () => {
  it('are every occurrence, in reading order whatever the results order', () => {
    expect(stops.map((s) => `${s.paragraphId}#${s.occurrence}`)).toEqual([
      'a-1#0',
      'a-1#1',
      'a-3#0',
      'b-2#0',
      'b-2#1',
      'c-1#0'
    ])
  })

  it('start from the passage in view, forward and back', () => {
    expect(nextStop(stops, -1, 1, at('a', 0, 'a-2'))).toEqual({ index: 2, wrapped: null })
    expect(nextStop(stops, -1, -1, at('a', 0, 'a-2'))).toEqual({ index: 1, wrapped: null })
    expect(nextStop(stops, -1, 1, at('b', 1, 'b-1'))).toEqual({ index: 3, wrapped: null })
    expect(nextStop(stops, -1, 1, at('b', 1, 'b-3'))).toEqual({ index: 5, wrapped: null })
    expect(nextStop(stops, -1, 1, at('b', 1, 'b-2'))).toEqual({ index: 3, wrapped: null })
    expect(nextStop(stops, -1, 1, null)).toEqual({ index: 0, wrapped: null })
  })

  it('wrap at either end and say so', () => {
    expect(nextStop(stops, 5, 1, null)).toEqual({ index: 0, wrapped: 'to-start' })
    expect(nextStop(stops, 0, -1, null)).toEqual({ index: 5, wrapped: 'to-end' })
    expect(nextStop(stops, -1, -1, at('a', 0, 'a-1'))).toEqual({ index: 1, wrapped: null })
    expect(nextStop(stops, -1, 1, { ...at('c', 3, 'x'), chapterOrder: 3 })).toEqual({
      index: 0,
      wrapped: 'to-start'
    })
    expect(nextStop([], -1, 1, null)).toBeNull()
  })
})
