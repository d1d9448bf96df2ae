import search from 'approx-string-match'

/**
 * Scores in [0, 1] for how well the text around a candidate agrees with the stored context, and how
 * close the candidate is to the old position. Shared by the exact and the approximate step so both
 * rank candidates the same way. Context is compared fuzzily (as Hypothesis does): an edit next to a
 * passage should lower the score a little, not zero it.
 */

/** 1 − (edit distance of `pattern` against its best alignment in `text`) / pattern length. */
export function similarity(text: string, pattern: string): number {
  if (pattern.length === 0) return text.length === 0 ? 1 : 0
  if (text.length === 0) return 0
  const [best] = search(text, pattern, pattern.length)
  return best === undefined ? 0 : 1 - best.errors / pattern.length
}

/**
 * An empty stored prefix means the passage began its chapter: a candidate that also begins it matches
 * fully, any other is neutral (0.5) rather than punished, since context may simply not exist.
 */
export function prefixScore(text: string, start: number, prefix: string): number {
  const before = text.slice(Math.max(0, start - prefix.length), start)
  if (prefix.length === 0) return start === 0 ? 1 : 0.5
  return similarity(before, prefix)
}

export function suffixScore(text: string, end: number, suffix: string): number {
  const after = text.slice(end, end + suffix.length)
  if (suffix.length === 0) return end === text.length ? 1 : 0.5
  return similarity(after, suffix)
}

/** 1 at the old position, falling linearly to 0 a chapter's length away; 0.5 when there is no hint. */
export function positionScore(start: number, hint: number | undefined, textLength: number): number {
  if (hint === undefined) return 0.5
  return Math.max(0, 1 - Math.abs(start - hint) / Math.max(1, textLength))
}
