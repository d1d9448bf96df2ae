/**
 * Turns what the reader selected into a range of the chapter text, the coordinates bookmark selectors
 * use. Each end is measured as the length of the text from its paragraph's start, so inline markup and
 * other marks never shift it; surrounding whitespace (a triple-click takes the line break) is trimmed.
 */
import type { ParagraphSpan } from '../../../shared/bookmarks/chapter-text'

export interface ChapterRange {
  readonly start: number
  readonly end: number
}

function chapterOffset(
  node: Node,
  offset: number,
  article: HTMLElement,
  spans: readonly ParagraphSpan[]
): number | null {
  const element = node instanceof Element ? node : node.parentElement
  const paragraph = element?.closest<HTMLElement>('[data-paragraph-id]')
  if (!paragraph || !article.contains(paragraph)) return null
  const span = spans.find((s) => s.id === paragraph.dataset['paragraphId'])
  if (!span) return null
  const before = paragraph.ownerDocument.createRange()
  before.setStart(paragraph, 0)
  before.setEnd(node, offset)
  return span.start + before.toString().length
}

export function selectedRange(
  selection: Selection | null,
  article: HTMLElement,
  spans: readonly ParagraphSpan[],
  text: string
): ChapterRange | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const range = selection.getRangeAt(0)
  const from = chapterOffset(range.startContainer, range.startOffset, article, spans)
  if (from === null) return null
  // A selection running past the text (into a note or the chapter links) ends with its first paragraph.
  const to =
    chapterOffset(range.endContainer, range.endOffset, article, spans) ?? spans.find((s) => from < s.end)?.end
  if (to === undefined) return null
  let [start, end] = [from, to]
  while (start < end && /\s/.test(text[start] ?? '')) start++
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--
  return end > start ? { start, end } : null
}
