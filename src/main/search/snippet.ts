/** A ~30-word window around the first match, with highlight ranges relative to the window. */
import type { Snippet, TextRange } from '../../shared/search'
import type { WordToken } from './tokenize'

export const SNIPPET_WORDS = 30
const TRAILING_CHARS = 40

export function makeSnippet(
  text: string,
  tokens: readonly WordToken[],
  ranges: readonly TextRange[],
  words = SNIPPET_WORDS,
  /** The tokens start with the text's first word (else they are a window from further in). */
  fromTextStart = true
): Snippet {
  const anchor = ranges[0]?.start ?? 0
  const anchorIndex = Math.max(
    0,
    tokens.findIndex((token) => token.end > anchor)
  )
  const first = Math.max(0, Math.min(anchorIndex - Math.floor(words / 3), tokens.length - words))
  const last = Math.min(tokens.length, first + words) - 1
  const start = first === 0 && fromTextStart ? 0 : (tokens[first]?.start ?? 0)
  // After the last word only its closing punctuation: the tokens may cover just the start of a huge text.
  const tail = Math.min(text.length, (tokens[last]?.end ?? 0) + TRAILING_CHARS)
  const end = last >= tokens.length - 1 ? tail : (tokens[last]?.end ?? tail)
  const highlights = ranges
    .filter((range) => range.start >= start && range.end <= end)
    .map((range) => ({ start: range.start - start, end: range.end - start }))
  return {
    text: text.slice(start, end),
    offset: start,
    leadingEllipsis: start > 0,
    trailingEllipsis: end < text.length,
    highlights
  }
}
