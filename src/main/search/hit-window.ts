/**
 * A listed hit's snippet and marks without tokenizing its whole passage: the word positions say where
 * the first match stands, so only the ~30 words of the snippet's window are read (tokenizing every
 * listed passage in full was most of a common word's query). The hit's ranges are the matches in that
 * window: what the results list marks; the open chapter's marks come from highlights().
 */
import type { SearchHit } from '../../shared/search'
import { matchRanges, MAX_SCANNED_CHARS, scannedTokens, type ClauseMatcher } from './match-ranges'
import { PhraseFinder } from './phrase'
import { makeSnippet, SNIPPET_WORDS } from './snippet'
import { tokenize, wordStart } from './tokenize'
import { MAX_PREFIX_EXPANSION } from './vocabulary'
import type { WordPositions } from './word-positions'

/** A clause of more words than this (a short prefix) is not looked up word by word. */
const MAX_LOOKED_UP_WORDS = 64

function indexIn(ordinals: Int32Array, ordinal: number): number {
  let low = 0
  let high = ordinals.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (ordinals[mid]! < ordinal) low = mid + 1
    else high = mid
  }
  return ordinals[low] === ordinal ? low : -1
}

/** The position (word index) of the first match in a paragraph; null when it is not looked up. */
export function firstMatchAt(
  ordinal: number,
  matchers: readonly ClauseMatcher[],
  positions: WordPositions
): number | null {
  let first = Infinity
  for (const { clause, words, terms } of matchers) {
    if (clause.kind === 'phrase') {
      const at = new PhraseFinder(positions, clause.words).firstIn(ordinal)
      if (at >= 0) first = Math.min(first, at)
      continue
    }
    // A prefix cut at MAX_PREFIX_EXPANSION also marks words past it: only a full read finds those.
    if (words.size > MAX_LOOKED_UP_WORDS || (clause.prefix && terms.size >= MAX_PREFIX_EXPANSION)) return null
    for (const word of words) {
      const occurrences = positions.get(word)
      const at = occurrences ? indexIn(occurrences.ordinals, ordinal) : -1
      if (at >= 0) first = Math.min(first, occurrences!.positions[occurrences!.starts[at]!]!)
    }
  }
  return first === Infinity ? null : first
}

/** Words read at first when the positions cannot say where the first match is; four times more each time. */
const FIRST_READ = 16

/**
 * The first match's position found by reading the passage from its start, in growing steps, until a
 * match stands far enough from the end of what was read that no phrase cut there could start before it
 * (a short prefix matches within the first words of most passages: no need to read the whole).
 */
function firstMatchByReading(
  text: string,
  matchers: readonly ClauseMatcher[],
  ascii: boolean | undefined
): number | null {
  const cut = Math.max(
    0,
    ...matchers.map(({ clause }) => (clause.kind === 'phrase' ? clause.words.length - 1 : 0))
  )
  for (let most = FIRST_READ; ; most *= 4) {
    const tokens = tokenize(text, MAX_SCANNED_CHARS, 0, most, ascii)
    const whole = tokens.length < most
    const first = matchRanges(tokens, matchers)[0]
    const at = first ? tokens.findIndex((token) => token.start === first.start) : -1
    if (at >= 0 && (whole || at < tokens.length - cut)) return at
    if (whole) return null
  }
}

/**
 * A hit's snippet and its matches: from the window around the first match (found by the positions, or for
 * a short prefix by reading up to it), else from the passage's first MAX_SCANNED_CHARS.
 */
export function shownHit(
  text: string,
  ordinal: number,
  matchers: readonly ClauseMatcher[],
  positions: WordPositions,
  /** Whether the text is all ASCII, when the caller knows: spares a pass over the whole passage. */
  ascii?: boolean
): Pick<SearchHit, 'ranges' | 'snippet'> {
  const first = firstMatchAt(ordinal, matchers, positions) ?? firstMatchByReading(text, matchers, ascii)
  const windowed = first === null ? null : windowedHit(text, first, matchers, ascii)
  if (windowed) return windowed
  const tokens = scannedTokens(text)
  const ranges = matchRanges(tokens, matchers)
  return { ranges, snippet: makeSnippet(text, tokens, ranges) }
}

/**
 * The snippet (SNIPPET_WORDS words, a third of them before the first match) and the matches in it;
 * null when the window would start past MAX_SCANNED_CHARS, the part of a huge paragraph that is read.
 */
export function windowedHit(
  text: string,
  first: number,
  matchers: readonly ClauseMatcher[],
  ascii?: boolean
): Pick<SearchHit, 'ranges' | 'snippet'> | null {
  // One word more than the window: whether the passage goes on after it.
  const read = SNIPPET_WORDS + 1
  let from = Math.max(0, first - Math.floor(SNIPPET_WORDS / 3))
  let start = wordStart(text, from, MAX_SCANNED_CHARS, ascii)
  if (start < 0) return null
  let tokens = tokenize(text, MAX_SCANNED_CHARS, start, read, ascii)
  // Near the end of the passage the window slides back, so it still holds SNIPPET_WORDS words.
  if (tokens.length < read && from > 0) {
    from = Math.max(0, from + tokens.length - SNIPPET_WORDS)
    start = wordStart(text, from, MAX_SCANNED_CHARS, ascii)
    tokens = tokenize(text, MAX_SCANNED_CHARS, start, read, ascii)
  }
  const ranges = matchRanges(tokens, matchers)
  return { ranges, snippet: makeSnippet(text, tokens, ranges, SNIPPET_WORDS, from === 0) }
}
