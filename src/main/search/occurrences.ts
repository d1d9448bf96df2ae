/**
 * How many times the query stands in each matching paragraph: what "n of m" counts. Words are counted
 * from the index (each term's occurrences per paragraph, stored at build time), so counting costs a walk
 * along the postings, not a tokenization of every passage; a phrase is counted in the passages it was
 * found in. Capped per paragraph at MAX_RANGES, as highlighting is, so the reader's marks and its
 * counts agree.
 */
import type { ClauseMatcher } from './match-ranges'
import { matchRanges, MAX_RANGES, MAX_SCANNED_CHARS, scannedTokens } from './match-ranges'
import { PhraseFinder } from './phrase'
import { phraseCounts } from './clause-paragraphs'
import type { SearchData } from './search-data'

export function occurrencesOf(
  ordinals: readonly number[],
  matchers: readonly ClauseMatcher[],
  data: SearchData
): Int32Array {
  const out = new Int32Array(ordinals.length)
  // Paragraph ordinal → its place in `ordinals` (-1: not matching).
  const indexOf = new Int32Array(data.table.ids.length).fill(-1)
  for (let i = 0; i < ordinals.length; i++) indexOf[ordinals[i]!] = i
  for (const { clause, terms } of matchers) {
    if (clause.kind === 'phrase') {
      const counted = phraseCounts.get(clause)
      const finder = new PhraseFinder(data.positions, clause.words)
      // Both ascending: one cursor along the passages the phrase was counted in.
      let at = 0
      for (let i = 0; i < ordinals.length; i++) {
        const ordinal = ordinals[i]!
        if (counted) while (at < counted.ordinals.length && counted.ordinals[at]! < ordinal) at++
        out[i]! +=
          counted?.ordinals[at] === ordinal ? counted.counts[at]! : finder.countIn(ordinal, MAX_RANGES)
      }
      continue
    }
    for (const term of terms) {
      const list = data.postings.get(term)
      const extra = data.postings.extraCounts(term)
      // Each term's list is walked once, whichever is longer: it or the matching paragraphs.
      for (let at = 0; at < list.length; at++) {
        const i = indexOf[list[at]!]!
        if (i >= 0) out[i]! += 1 + (extra ? extra[at]! : 0)
      }
    }
  }
  // Read once: this loop runs for every matching passage.
  const { bytes, texts } = data.table
  const scanned = MAX_SCANNED_CHARS
  const most = MAX_RANGES
  for (let i = 0; i < ordinals.length; i++) {
    const ordinal = ordinals[i]!
    // A paragraph longer than highlighting reads is counted as highlighted, so counts and marks agree.
    if (bytes[ordinal]! > scanned) {
      const text = texts.at(ordinal)!
      if (text.length > scanned) out[i] = matchRanges(scannedTokens(text), matchers).length
    }
    const count = out[i]!
    out[i] = count < 1 ? 1 : count > most ? most : count
  }
  return out
}
