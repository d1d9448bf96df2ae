import { anchorPassage, describePassage, type AnchorMatch } from '../../shared/anchoring'
import type { Bookmark } from '../../shared/bookmarks/schema'

export interface ReanchorInput {
  /** Chapter id → the chapter's current plain text, in reading order. */
  chapters: ReadonlyMap<string, string>
  /** The paragraph containing an offset of a chapter's text; without it ids are kept or cleared. */
  paragraphAt?: (chapterId: string, offset: number) => string | undefined
}

export interface ReanchorSummary {
  unchanged: number
  /** Found again, at a new place or with new wording or context. */
  moved: number
  /** Were orphans and were found again. */
  recovered: number
  /** Could not be found; kept with their old selectors so a later edition may bring them back. */
  orphaned: number
  orphanIds: string[]
}

/**
 * Re-anchors one edition's bookmarks against its current text. Nothing is ever dropped: a bookmark
 * that cannot be found keeps its stored quote and becomes 'orphaned'. A found one gets fresh
 * selectors for the current text, so the next revision is compared with what the reader saw.
 */
export function reanchorBookmarks(
  bookmarks: readonly Bookmark[],
  editionId: string,
  input: ReanchorInput
): { bookmarks: Bookmark[]; changedIds: string[]; summary: ReanchorSummary } {
  const summary: ReanchorSummary = { unchanged: 0, moved: 0, recovered: 0, orphaned: 0, orphanIds: [] }
  const changedIds: string[] = []
  const result = bookmarks.map((bookmark) => {
    if (bookmark.editionId !== editionId) return bookmark
    const next = reanchorOne(bookmark, input)
    if (next.status === 'orphaned') {
      summary.orphaned++
      summary.orphanIds.push(bookmark.id)
    } else if (bookmark.status === 'orphaned') summary.recovered++
    else if (JSON.stringify(next.anchor) === JSON.stringify(bookmark.anchor)) summary.unchanged++
    else summary.moved++
    if (JSON.stringify(next) !== JSON.stringify(bookmark)) changedIds.push(bookmark.id)
    return next
  })
  return { bookmarks: result, changedIds, summary }
}

function reanchorOne(bookmark: Bookmark, input: ReanchorInput): Bookmark {
  const found = locate(bookmark, input.chapters)
  if (!found) return { ...bookmark, status: 'orphaned' }
  const text = input.chapters.get(found.chapterId) ?? ''
  const sameChapter = found.chapterId === bookmark.anchor.chapterId
  const paragraphId =
    input.paragraphAt?.(found.chapterId, found.match.start) ??
    (sameChapter ? bookmark.anchor.paragraphId : '')
  return {
    ...bookmark,
    status: 'anchored',
    anchor: {
      chapterId: found.chapterId,
      paragraphId,
      ...describePassage(text, found.match.start, found.match.end)
    }
  }
}

/** Its own chapter first (using the old position); then, for paragraphs moved between chapters, the others. */
function locate(
  bookmark: Bookmark,
  chapters: ReadonlyMap<string, string>
): { chapterId: string; match: AnchorMatch } | null {
  const { chapterId, position, quote } = bookmark.anchor
  const own = chapters.get(chapterId)
  const match = own === undefined ? null : anchorPassage(own, { position, quote })
  if (match) return { chapterId, match }
  for (const [otherId, text] of chapters) {
    if (otherId === chapterId) continue
    const elsewhere = anchorPassage(text, { quote })
    if (elsewhere) return { chapterId: otherId, match: elsewhere }
  }
  return null
}
