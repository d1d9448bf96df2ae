import search from 'approx-string-match'

/**
 * Edit distance alone misplaces the edges of a passage that gained words: for "our country avoided"
 * in "our country successfully avoided", substituting "our country " is cheaper than inserting
 * "successfully ", so the cheapest match starts mid-word. The stored context knows better: where the
 * prefix ends the passage begins, and where the suffix begins it ends. Context shorter than this is
 * too weak to move an edge.
 */
const MIN_CONTEXT = 8

export function refineBoundaries(
  text: string,
  range: { start: number; end: number },
  context: { prefix: string; suffix: string },
  maxShift: number
): { start: number; end: number } {
  const start = refineStart(text, range.start, context.prefix, maxShift) ?? range.start
  const end = refineEnd(text, range.end, context.suffix, maxShift) ?? range.end
  return end > start ? { start, end } : range
}

function refineStart(text: string, start: number, prefix: string, maxShift: number): number | null {
  if (prefix.length < MIN_CONTEXT) return null
  const from = Math.max(0, start - maxShift - prefix.length)
  const window = text.slice(from, Math.min(text.length, start + maxShift))
  const edges = search(window, prefix, Math.floor(prefix.length / 4)).map((m) => from + m.end)
  return closest(edges, start)
}

function refineEnd(text: string, end: number, suffix: string, maxShift: number): number | null {
  if (suffix.length < MIN_CONTEXT) return null
  const from = Math.max(0, end - maxShift)
  const window = text.slice(from, Math.min(text.length, end + maxShift + suffix.length))
  const edges = search(window, suffix, Math.floor(suffix.length / 4)).map((m) => from + m.start)
  return closest(edges, end)
}

function closest(values: number[], target: number): number | null {
  let best: number | null = null
  for (const value of values) {
    if (best === null || Math.abs(value - target) < Math.abs(best - target)) best = value
  }
  return best
}
