/**
 * Wraps text ranges of an element in <mark> elements, whatever inline markup the text sits in. Offsets
 * count characters of the element's textContent, the same offsets main computes on the plain text.
 */
import type { TextRange } from '../../../shared/search'

interface TextSlice {
  readonly node: Text
  readonly start: number
}

function textSlices(root: Element): TextSlice[] {
  const slices: TextSlice[] = []
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  let offset = 0
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) {
      slices.push({ node, start: offset })
      offset += node.data.length
    }
  }
  return slices
}

export function markRanges(root: Element, ranges: readonly TextRange[], className: string): void {
  const slices = textSlices(root)
  const sorted = [...ranges].sort((a, b) => b.start - a.start)
  for (const range of sorted) {
    for (const slice of [...slices].reverse()) {
      const from = Math.max(range.start, slice.start) - slice.start
      const to = Math.min(range.end, slice.start + slice.node.data.length) - slice.start
      if (from >= to) continue
      const middle = slice.node.splitText(from)
      middle.splitText(to - from)
      const mark = root.ownerDocument.createElement('mark')
      mark.className = className
      middle.replaceWith(mark)
      mark.append(middle)
    }
  }
}
