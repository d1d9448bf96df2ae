/**
 * A chapter's plain text as bookmark selectors count it: its paragraphs' texts joined by a blank line.
 * Main re-anchors against this text and the reader describes selections in it, so both must build it
 * here, in one place; a different separator would shift every offset after the first paragraph.
 */
export const PARAGRAPH_SEPARATOR = '\n\n'

export interface ParagraphSpan {
  readonly id: string
  /** Offsets of the paragraph's text within the chapter text; `end` is exclusive. */
  readonly start: number
  readonly end: number
}

export function chapterText(paragraphs: readonly { text: string }[]): string {
  return paragraphs.map((p) => p.text).join(PARAGRAPH_SEPARATOR)
}

export function paragraphSpans(paragraphs: readonly { id: string; text: string }[]): ParagraphSpan[] {
  let at = 0
  return paragraphs.map((p, i) => {
    if (i > 0) at += PARAGRAPH_SEPARATOR.length
    const span = { id: p.id, start: at, end: at + p.text.length }
    at = span.end
    return span
  })
}

/** The paragraph holding `offset`; an offset in a separator belongs to the paragraph after it. */
export function paragraphAt(spans: readonly ParagraphSpan[], offset: number): string | undefined {
  return (spans.find((span) => offset < span.end) ?? spans.at(-1))?.id
}

/** The parts of a chapter range [start, end) that fall inside each paragraph, relative to that paragraph. */
export function rangesByParagraph(
  spans: readonly ParagraphSpan[],
  start: number,
  end: number
): { paragraphId: string; start: number; end: number }[] {
  return spans
    .filter((span) => span.start < end && start < span.end)
    .map((span) => ({
      paragraphId: span.id,
      start: Math.max(start, span.start) - span.start,
      end: Math.min(end, span.end) - span.start
    }))
}
