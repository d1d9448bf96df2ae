import type { PassageSelectors } from './types'

/** About the context Hypothesis keeps: enough to tell repeated phrases apart, small enough to survive edits. */
export const DEFAULT_CONTEXT_LENGTH = 32

/**
 * Builds the selectors for the range [start, end) of a chapter's plain text.
 * Throws a RangeError for an empty or out-of-bounds range: a bookmark on nothing cannot be found again.
 */
export function describePassage(
  chapterText: string,
  start: number,
  end: number,
  context: number = DEFAULT_CONTEXT_LENGTH
): PassageSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > chapterText.length) {
    throw new RangeError(
      `Passage range ${start}–${end} is outside the chapter (length ${chapterText.length})`
    )
  }
  if (end <= start) throw new RangeError(`Passage range ${start}–${end} is empty`)
  const contextLength = Math.max(0, Math.floor(context))
  return {
    position: { type: 'TextPositionSelector', start, end },
    quote: {
      type: 'TextQuoteSelector',
      exact: chapterText.slice(start, end),
      prefix: chapterText.slice(Math.max(0, start - contextLength), start),
      suffix: chapterText.slice(end, end + contextLength)
    }
  }
}
