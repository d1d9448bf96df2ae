import search from 'approx-string-match'
import type { Candidate } from './candidate-score'

/** Short quotes still tolerate a typo or two; without a floor a 3-letter quote would allow only 1 error. */
const MIN_MAX_ERRORS = 2
/** Myers' cost grows with the error budget; past this a long quote is better left to the exact steps. */
const MAX_MAX_ERRORS = 256

/** Error budget for a quote: about half its length (as Hypothesis does), within the bounds above. */
export function maxErrorsFor(quoteLength: number): number {
  const half = Math.floor(quoteLength / 2)
  return Math.min(MAX_MAX_ERRORS, Math.max(MIN_MAX_ERRORS, half), Math.max(0, quoteLength - 1))
}

/** The lowest-error approximate matches of `exact` in `text` (Myers' bit-parallel algorithm). */
export function approximateCandidates(text: string, exact: string): Candidate[] {
  if (exact.length === 0 || text.length === 0) return []
  return search(text, exact, maxErrorsFor(exact.length))
}
