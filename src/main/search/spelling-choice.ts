/**
 * Which spelling of a misspelled word the query means: among the vocabulary's candidates at the fewest
 * edits, the one standing next to the typed neighbours, then one the typed word leaves letters out of,
 * then the one most often found with the query's other words.
 */
import { countIn } from './ordinal-lists'
import { PhraseFinder } from './phrase'
import type { SearchData } from './search-data'
import type { Candidate } from './vocabulary'

/** Passages holding a term: how candidates are ordered. */
export const frequencyIn = (data: SearchData) => (term: string) => data.postings.frequency(term)

/** Phrase checks while choosing a spelling stop after this many passages: enough to tell spellings apart. */
const ADJACENCY_SAMPLE = 400

export interface Scored extends Candidate {
  /** Passages where the candidate stands next to the neighbouring words as typed. */
  readonly adjacent: number
  /** Passages holding the candidate and the query's other words. */
  readonly together: number
  /** 1 when the typed word is the candidate with letters left out, the commonest typo ("dividnd"). */
  readonly dropped: number
}

function droppedLetters(typed: string, word: string): number {
  let at = 0
  for (let i = 0; i < word.length && at < typed.length; i++) if (word[i] === typed[at]) at++
  return at === typed.length ? 1 : 0
}

/**
 * The spelling that fits the query: next to its neighbours as typed ("axis of evel" → "evil", not
 * "even"), then a word the typed one leaves letters out of, then the one most often with the other
 * words in one passage (candidates come at the fewest edits, the most frequent first).
 */
export function chooseSpelling(
  typed: string,
  candidates: readonly Candidate[],
  context: readonly number[] | null,
  neighbours: { before: readonly string[]; after: readonly string[] },
  data: SearchData
): Scored | null {
  let best: Scored | null = null
  const nextTo = neighbours.before.length + neighbours.after.length > 0
  for (const candidate of candidates) {
    const list = data.postings.get(candidate.term)
    const together = context ? countIn(list, context) : list.length
    let adjacent = 0
    if (nextTo && together > 0) {
      const finder = new PhraseFinder(data.positions, [
        ...neighbours.before,
        candidate.word,
        ...neighbours.after
      ])
      let checked = 0
      let cursor = 0
      for (let i = 0; i < list.length && checked < ADJACENCY_SAMPLE; i++) {
        if (context) {
          while (cursor < context.length && context[cursor]! < list[i]!) cursor++
          if (context[cursor] !== list[i]) continue
        }
        checked++
        if (finder.holdsIn(list[i]!)) adjacent++
      }
    }
    const scored = { ...candidate, adjacent, together, dropped: droppedLetters(typed, candidate.word) }
    if (
      !best ||
      adjacent > best.adjacent ||
      (adjacent === best.adjacent &&
        (scored.dropped > best.dropped || (scored.dropped === best.dropped && together > best.together)))
    )
      best = scored
  }
  return best
}
