/**
 * Bookmarked passages in the text: a third kind of decoration beside editors' notes and search hits.
 * A bookmark's selectors count offsets in the chapter text; each paragraph is marked with its own
 * part. The first piece of each passage is a tab stop, so the note (shown on hover and on focus) is
 * reachable from the keyboard, and is read out as the mark's description.
 */
import { t } from '../i18n'
import { rangesByParagraph, type ParagraphSpan } from '../../../shared/bookmarks/chapter-text'
import type { Bookmark, BookmarkLabel } from '../../../shared/bookmarks/schema'
import type { TextRange } from '../../../shared/search'
import type { WrapSpec } from './markRanges'

export interface BookmarkMark extends TextRange {
  readonly bookmarkId: string
  readonly label: BookmarkLabel | null
  readonly note: string
  /** False for the second and later paragraphs of a passage spanning several. */
  readonly first: boolean
}

export function bookmarkMarksByParagraph(
  bookmarks: readonly Bookmark[],
  spans: readonly ParagraphSpan[]
): Map<string, BookmarkMark[]> {
  const byParagraph = new Map<string, BookmarkMark[]>()
  for (const bookmark of bookmarks) {
    const { start, end } = bookmark.anchor.position
    rangesByParagraph(spans, start, end).forEach((range, i) => {
      const marks = byParagraph.get(range.paragraphId) ?? []
      marks.push({
        ...range,
        bookmarkId: bookmark.id,
        label: bookmark.label,
        note: bookmark.note,
        first: i === 0
      })
      byParagraph.set(range.paragraphId, marks)
    })
  }
  return byParagraph
}

export function bookmarkMarkSpecs(marks: readonly BookmarkMark[]): WrapSpec[] {
  return marks.map(({ start, end, bookmarkId, label, note, first }) => ({
    start,
    end,
    wrap(document, piece) {
      const mark = document.createElement('mark')
      mark.className = `bookmark-mark label-${label ?? 'none'}`
      mark.dataset['bookmarkId'] = bookmarkId
      if (piece === 0 && first) {
        mark.tabIndex = -1
        mark.setAttribute('aria-description', note ? t('bookmarks.markNote', { note }) : t('bookmarks.mark'))
        if (note) mark.dataset['note'] = note
      }
      return mark
    }
  }))
}

/** Replays the flash animation on every piece of a bookmark's passage. */
export function flashBookmark(root: ParentNode, bookmarkId: string): HTMLElement | null {
  const pieces = [...root.querySelectorAll<HTMLElement>('mark.bookmark-mark')].filter(
    (m) => m.dataset['bookmarkId'] === bookmarkId
  )
  for (const piece of pieces) {
    piece.classList.remove('flash')
    void piece.offsetWidth
    piece.classList.add('flash')
  }
  return pieces[0] ?? null
}
