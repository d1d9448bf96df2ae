/** Where a parsed query matches inside one paragraph: the ranges the reader highlights. */
import type { TextRange } from '../../shared/search'
import type { Clause } from './parse-query'
import { tokenize, type WordToken } from './tokenize'

export interface ClauseMatcher {
  readonly clause: Clause
  /** Index terms this clause was looked up under (its stem and, while typing, prefix expansions). */
  readonly terms: ReadonlySet<string>
  /**
   * The word as typed and every word of the edition indexed under one of `terms`. Every word of the
   * edition's texts is in its vocabulary, so "is indexed under one of the terms" is one set lookup per
   * word instead of stemming it (that lookup, per word per clause, was half a common word's query).
   */
  readonly words: ReadonlySet<string>
}

function wordMatches(token: WordToken, clause: Clause, words: ReadonlySet<string>): boolean {
  if (clause.kind !== 'word') return false
  if (clause.prefix && token.normalized.startsWith(clause.normalized)) return true
  return words.has(token.normalized)
}

function phraseAt(tokens: readonly WordToken[], at: number, words: readonly string[]): boolean {
  return words.every((word, offset) => tokens[at + offset]?.normalized === word)
}

/**
 * Bounds on one paragraph, so a pathological one (5 MB in one paragraph) answers in milliseconds:
 * highlights are looked for in its first MAX_SCANNED_CHARS and at most MAX_RANGES are returned.
 * Counting occurrences (occurrences.ts) does not depend on them.
 */
export const MAX_RANGES = 500
export const MAX_SCANNED_CHARS = 50_000

/** The tokens highlighting and snippets look at: the paragraph's first MAX_SCANNED_CHARS. */
export const scannedTokens = (text: string): WordToken[] => tokenize(text, MAX_SCANNED_CHARS)

export function matchRanges(tokens: readonly WordToken[], matchers: readonly ClauseMatcher[]): TextRange[] {
  const ranges: TextRange[] = []
  for (let i = 0; i < tokens.length && ranges.length < MAX_RANGES; i++) {
    for (const { clause, words } of matchers) {
      if (clause.kind === 'phrase') {
        if (!phraseAt(tokens, i, clause.words)) continue
        ranges.push({ start: tokens[i]!.start, end: tokens[i + clause.words.length - 1]!.end })
        break
      }
      if (wordMatches(tokens[i]!, clause, words)) {
        ranges.push({ start: tokens[i]!.start, end: tokens[i]!.end })
        break
      }
    }
  }
  return mergeRanges(ranges)
}

function mergeRanges(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start)
  const merged: TextRange[] = []
  for (const range of sorted) {
    const last = merged.at(-1)
    if (last && range.start <= last.end)
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, range.end) }
    else merged.push(range)
  }
  return merged
}
