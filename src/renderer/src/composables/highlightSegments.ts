/** Splits a snippet into plain and highlighted pieces, so results render as text (never as HTML). */
import type { TextRange } from '../../../shared/search'

export interface Segment {
  readonly text: string
  readonly marked: boolean
}

export function highlightSegments(text: string, ranges: readonly TextRange[]): Segment[] {
  const segments: Segment[] = []
  let at = 0
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    if (range.start < at) continue
    if (range.start > at) segments.push({ text: text.slice(at, range.start), marked: false })
    segments.push({ text: text.slice(range.start, range.end), marked: true })
    at = range.end
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false })
  return segments
}
