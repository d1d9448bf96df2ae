/**
 * "n of m": every occurrence of the query in the text is a stop, in reading order (chapter by chapter,
 * passage by passage, occurrence by occurrence), whatever order the results list shows chapters in.
 * Stepping starts from where the reader is, and wraps at either end with a notice.
 */
import type { SearchResults } from '../../../shared/search'

export interface HitStop {
  readonly chapterId: string
  readonly paragraphId: string
  /** Which occurrence within the passage (0-based), so the reader can mark that one. */
  readonly occurrence?: number
  /** A hit in an editors' note opens its passage with that note open. */
  readonly annotationId?: string
}

export interface IndexedStop extends HitStop {
  readonly chapterOrder: number
  /** The passage's place among the chapter's matching passages. */
  readonly passage: number
  readonly occurrence: number
}

export function stopsOf(results: SearchResults | null): IndexedStop[] {
  if (!results) return []
  return [...results.groups]
    .sort((a, b) => a.order - b.order)
    .flatMap((group) =>
      group.paragraphIds.flatMap((paragraphId, passage) =>
        Array.from({ length: group.occurrences[passage] ?? 1 }, (_, occurrence) => ({
          chapterId: group.chapterId,
          paragraphId,
          chapterOrder: group.order,
          passage,
          occurrence
        }))
      )
    )
}

/** Where the reader is: the chapter's place in the edition and a way to order passages within it. */
export interface ReaderPlace {
  readonly chapterOrder: number
  readonly chapterId: string
  /** The passage in view. */
  readonly paragraphId: string | null
  /** Reading-order index of a passage of the open chapter (-1 if unknown). */
  readonly indexOf: (paragraphId: string) => number
}

/** -1 if the stop comes before the place, 0 if it is in the passage in view, 1 if after it. */
function compare(stop: IndexedStop, place: ReaderPlace): number {
  if (stop.chapterOrder !== place.chapterOrder) return stop.chapterOrder < place.chapterOrder ? -1 : 1
  if (!place.paragraphId) return 1
  const a = place.indexOf(stop.paragraphId)
  const b = place.indexOf(place.paragraphId)
  return a === b ? 0 : a < b ? -1 : 1
}

export type Wrap = 'to-start' | 'to-end' | null

/** The stop to go to: from the current one, or (before any) from the reader's place. */
export function nextStop(
  stops: readonly IndexedStop[],
  current: number,
  direction: 1 | -1,
  place: ReaderPlace | null
): { index: number; wrapped: Wrap } | null {
  const count = stops.length
  if (count === 0) return null
  if (current >= 0) {
    const index = current + direction
    if (index >= count) return { index: 0, wrapped: 'to-start' }
    if (index < 0) return { index: count - 1, wrapped: 'to-end' }
    return { index, wrapped: null }
  }
  if (!place) return direction === 1 ? { index: 0, wrapped: null } : { index: count - 1, wrapped: null }
  if (direction === 1) {
    const index = stops.findIndex((stop) => compare(stop, place) >= 0)
    return index >= 0 ? { index, wrapped: null } : { index: 0, wrapped: 'to-start' }
  }
  const index = stops.findLastIndex((stop) => compare(stop, place) <= 0)
  return index >= 0 ? { index, wrapped: null } : { index: count - 1, wrapped: 'to-end' }
}
