import { pickBest } from './candidate-score'
import { approximateCandidates, maxErrorsFor } from './approximate-search'
import { refineBoundaries } from './refine-boundaries'
import { exactOccurrences } from './quote-search'
import type { AnchorInput, AnchorMatch } from './types'

/**
 * Finds a stored passage in a chapter's current text, trying cheap certain methods first:
 * 1. position — the text at the old offsets is still exactly the quote;
 * 2. quote — the quote occurs verbatim (several hits ranked by context and closeness);
 * 3. approximate — the quote occurs with edits (Myers), ranked the same way, edges snapped to the context.
 * Returns null when nothing scores above the threshold: the caller keeps the bookmark as an orphan.
 */
export function anchorPassage(chapterText: string, selectors: AnchorInput): AnchorMatch | null {
  const { exact } = selectors.quote
  if (exact.length === 0) return null

  const position = selectors.position
  if (position && position.end - position.start === exact.length) {
    if (chapterText.slice(position.start, position.end) === exact) {
      return { start: position.start, end: position.end, method: 'position' }
    }
  }

  const exactHit = pickBest(chapterText, exactOccurrences(chapterText, exact, position?.start), selectors)
  if (exactHit) return { start: exactHit.start, end: exactHit.end, method: 'quote' }

  const approximateHit = pickBest(chapterText, approximateCandidates(chapterText, exact), selectors)
  if (approximateHit) {
    const range = refineBoundaries(chapterText, approximateHit, selectors.quote, maxErrorsFor(exact.length))
    return { ...range, method: 'approximate' }
  }
  return null
}
