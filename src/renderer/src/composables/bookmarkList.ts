/** The bookmarks panel's list: filtered by text and label, in reading order or newest first; orphans apart. */
import type { Bookmark, BookmarkLabel } from '../../../shared/bookmarks/schema'
import type { TocEntry } from '../../../shared/edition'

export type BookmarkOrder = 'reading' | 'newest'
/** 'all', 'none' (no label) or one label. */
export type LabelFilter = 'all' | 'none' | BookmarkLabel

export interface BookmarkFilter {
  readonly text: string
  readonly label: LabelFilter
  readonly order: BookmarkOrder
}

export function chapterTitleOf(toc: readonly TocEntry[], chapterId: string): string {
  return toc.find((entry) => entry.id === chapterId)?.title ?? chapterId
}

export function filterBookmarks(
  bookmarks: readonly Bookmark[],
  toc: readonly TocEntry[],
  filter: BookmarkFilter
): { placed: Bookmark[]; orphaned: Bookmark[] } {
  const words = filter.text.toLocaleLowerCase().split(/\s+/).filter(Boolean)
  const matches = (b: Bookmark): boolean => {
    if (filter.label === 'none' ? b.label !== null : filter.label !== 'all' && b.label !== filter.label)
      return false
    const haystack = `${b.anchor.quote.exact} ${b.note} ${chapterTitleOf(toc, b.anchor.chapterId)}`
    const lower = haystack.toLocaleLowerCase()
    return words.every((word) => lower.includes(word))
  }
  const order = new Map(toc.map((entry) => [entry.id, entry.order]))
  const reading = (a: Bookmark, b: Bookmark): number =>
    (order.get(a.anchor.chapterId) ?? Infinity) - (order.get(b.anchor.chapterId) ?? Infinity) ||
    a.anchor.position.start - b.anchor.position.start
  const newest = (a: Bookmark, b: Bookmark): number => b.createdAt.localeCompare(a.createdAt)
  const sorted = bookmarks.filter(matches).sort(filter.order === 'reading' ? reading : newest)
  return {
    placed: sorted.filter((b) => b.status === 'anchored'),
    orphaned: sorted.filter((b) => b.status === 'orphaned')
  }
}
