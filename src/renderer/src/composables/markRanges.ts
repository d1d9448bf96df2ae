/**
 * Wraps text ranges of an element in elements, whatever inline markup the text sits in. Offsets count
 * characters of the element's textContent, the same offsets main computes on the plain text. Ranges
 * may nest or overlap (a search hit inside an annotated name): each range is wrapped on a fresh walk of
 * the text, so earlier wrapping never shifts later offsets and the text itself is never changed.
 */
import type { TextRange } from '../../../shared/search'

export interface WrapSpec extends TextRange {
  /** Builds the wrapper for one piece; a range crossing markup or another range comes in pieces. */
  readonly wrap: (document: Document, piece: number) => Element
}

/** The text nodes covering [start, end), split so that each lies wholly inside the range. */
function piecesOf(root: Element, start: number, end: number): Text[] {
  const found: { node: Text; from: number; to: number }[] = []
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  let offset = 0
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node instanceof Text)) continue
    const from = Math.max(start, offset) - offset
    const to = Math.min(end, offset + node.data.length) - offset
    if (from < to) found.push({ node, from, to })
    offset += node.data.length
  }
  return found.map(({ node, from, to }) => {
    const piece = from > 0 ? node.splitText(from) : node
    if (to - from < piece.data.length) piece.splitText(to - from)
    return piece
  })
}

export function wrapRanges(root: Element, specs: readonly WrapSpec[]): void {
  // Outer ranges first, so a range lying inside another is wrapped inside it rather than cutting it.
  const ordered = [...specs].sort((a, b) => a.start - b.start || b.end - a.end)
  for (const spec of ordered) {
    piecesOf(root, spec.start, spec.end).forEach((piece, i) => {
      const wrapper = spec.wrap(root.ownerDocument, i)
      piece.replaceWith(wrapper)
      wrapper.append(piece)
    })
  }
}

/** The class of the hit "n of m" stands at, beside the class every hit has. */
export const CURRENT_HIT_CLASS = 'search-hit-current'

/** Search hits: each range in <mark class="…">; the current one (index into `ranges`) marked apart. */
export function markSpecs(
  ranges: readonly TextRange[],
  className: string,
  current: number | null = null
): WrapSpec[] {
  return ranges.map(({ start, end }, index) => ({
    start,
    end,
    wrap(document) {
      const mark = document.createElement('mark')
      mark.className = index === current ? `${className} ${CURRENT_HIT_CLASS}` : className
      if (index === current) mark.setAttribute('aria-current', 'true')
      return mark
    }
  }))
}

export function markRanges(root: Element, ranges: readonly TextRange[], className: string): void {
  wrapRanges(root, markSpecs(ranges, className))
}
