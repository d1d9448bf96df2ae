/**
 * From a place in the chapter text (an offset, as bookmark selectors count it) to the DOM: the text node
 * and offset inside the rendered paragraph. Marks (notes, hits, bookmarks) only wrap the text, so a
 * paragraph's text nodes, in order, spell exactly its plain text.
 */
import type { ParagraphSpan } from '../../../shared/bookmarks/chapter-text'

export interface TextPoint {
  readonly node: Node
  readonly offset: number
  readonly paragraph: HTMLElement
}

/** The paragraph holding `offset`; one between paragraphs (the blank line) goes to the next start. */
export function spanAt(spans: readonly ParagraphSpan[], offset: number): ParagraphSpan | undefined {
  return spans.find((span) => offset <= span.end) ?? spans.at(-1)
}

export function textPoint(
  article: HTMLElement,
  spans: readonly ParagraphSpan[],
  offset: number
): TextPoint | null {
  const span = spanAt(spans, offset)
  const paragraph = span
    ? article.querySelector<HTMLElement>(`[data-paragraph-id="${CSS.escape(span.id)}"]`)
    : null
  if (!span || !paragraph) return null
  let remaining = Math.max(0, Math.min(offset, span.end) - span.start)
  const walker = paragraph.ownerDocument.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT)
  let last: Node | null = null
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0
    if (remaining <= length) return { node, offset: remaining, paragraph }
    remaining -= length
    last = node
  }
  return last
    ? { node: last, offset: last.textContent?.length ?? 0, paragraph }
    : { node: paragraph, offset: 0, paragraph }
}

/** The chapter offset where `paragraph` starts. */
export function paragraphStart(spans: readonly ParagraphSpan[], paragraph: HTMLElement): number | null {
  return spans.find((span) => span.id === paragraph.dataset['paragraphId'])?.start ?? null
}
