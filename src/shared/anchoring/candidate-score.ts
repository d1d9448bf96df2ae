import { positionScore, prefixScore, suffixScore } from './context-score'
import type { AnchorInput } from './types'

/**
 * One number in [0, 1] for "this candidate is the bookmarked passage". The quote dominates; prefix and
 * suffix tell repeated phrases apart; closeness to the old position only breaks ties (Hypothesis uses
 * the same weights). Two adjustments, calibrated on the bundled edition with random passages under
 * typo fixes, insertions, moves, deletions and replacements:
 * - quote similarity counts from 0.5 (the error budget's edge, where any text "matches") up to 1, so a
 *   deleted passage whose neighbours survive does not re-anchor onto the neighbours;
 * - short quotes carry less evidence alone ("the" matches everywhere), so they need agreeing context.
 */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 }
const TOTAL_WEIGHT = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position

/** Quote length (plus a small allowance) at which the quote alone is fully specific. */
const SPECIFIC_QUOTE_LENGTH = 32
const SPECIFICITY_ALLOWANCE = 8

/**
 * Below this a candidate is not the passage: better an orphan shown with its quote than a wrong
 * highlight. In calibration no wrong candidate scored above 0.57, and moved or lightly edited
 * passages of 8+ characters with their context scored 0.66 or more.
 */
export const ACCEPT_THRESHOLD = 0.6

export interface Candidate {
  start: number
  end: number
  errors: number
}

export function scoreCandidate(text: string, candidate: Candidate, input: AnchorInput): number {
  const { exact, prefix, suffix } = input.quote
  const similarity = 1 - candidate.errors / Math.max(1, exact.length)
  const quoteEvidence = Math.max(0, (similarity - 0.5) / 0.5)
  const specificity = Math.min(1, (exact.length + SPECIFICITY_ALLOWANCE) / SPECIFIC_QUOTE_LENGTH)
  const raw =
    WEIGHTS.quote * quoteEvidence * specificity +
    WEIGHTS.prefix * prefixScore(text, candidate.start, prefix) +
    WEIGHTS.suffix * suffixScore(text, candidate.end, suffix) +
    WEIGHTS.position * positionScore(candidate.start, input.position?.start, text.length)
  return raw / TOTAL_WEIGHT
}

/** The best-scoring candidate at or above the threshold, or null. */
export function pickBest(
  text: string,
  candidates: readonly Candidate[],
  input: AnchorInput
): { start: number; end: number; score: number } | null {
  let best: { start: number; end: number; score: number } | null = null
  for (const candidate of candidates) {
    const score = scoreCandidate(text, candidate, input)
    if (score >= ACCEPT_THRESHOLD && (best === null || score > best.score)) {
      best = { start: candidate.start, end: candidate.end, score }
    }
  }
  return best
}
