/** Where a parsed query matches inside one paragraph: the ranges the reader highlights. */
import type { TextRange } from '../../shared/search'
import type { Clause } from './parse-query'
import { indexTermOf, type WordToken } from './tokenize'

export interface ClauseMatcher {
  readonly clause: Clause
  /** Index terms this clause was looked up under (its stem and, while typing, prefix expansions). */
  readonly terms: ReadonlySet<string>
}

function wordMatches(token: WordToken, matcher: ClauseMatcher, language: string): boolean {
  const { clause } = matcher
  if (clause.kind !== 'word') return false
  if (clause.prefix && token.normalized.startsWith(clause.normalized)) return true
  if (token.normalized === clause.normalized) return true
  const term = indexTermOf(token.normalized, language)
  return term !== null && matcher.terms.has(term)
}

function phraseAt(tokens: readonly WordToken[], at: number, words: readonly string[]): boolean {
  return words.every((word, offset) => tokens[at + offset]?.normalized === word)
}

export function matchRanges(
  tokens: readonly WordToken[],
  matchers: readonly ClauseMatcher[],
  language: string
): TextRange[] {
  const ranges: TextRange[] = []
  for (let i = 0; i < tokens.length; i++) {
    for (const { clause, terms } of matchers) {
      if (clause.kind === 'phrase') {
        if (!phraseAt(tokens, i, clause.words)) continue
        ranges.push({ start: tokens[i]!.start, end: tokens[i + clause.words.length - 1]!.end })
        break
      }
      if (wordMatches(tokens[i]!, { clause, terms }, language)) {
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
