import type { Candidate } from './candidate-score'

/**
 * Every verbatim occurrence of `exact`, capped so a very common short quote cannot make
 * re-anchoring slow; the occurrences nearest the old position are kept because that is
 * where the passage most likely still is.
 */
export function exactOccurrences(
  text: string,
  exact: string,
  hint: number | undefined,
  cap = 200
): Candidate[] {
  if (exact.length === 0) return []
  const found: Candidate[] = []
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) {
    found.push({ start: i, end: i + exact.length, errors: 0 })
  }
  if (found.length <= cap) return found
  const origin = hint ?? 0
  return found.sort((a, b) => Math.abs(a.start - origin) - Math.abs(b.start - origin)).slice(0, cap)
}
