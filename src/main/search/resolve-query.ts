/**
 * From clauses to the set of matching paragraphs: each clause's paragraphs come from the postings,
 * words are ANDed, phrases are checked for adjacency, -clauses are removed. When no paragraph has every
 * clause the best partial matches are returned, and a word the edition lacks is replaced by its closest
 * spelling, chosen by the words it stands with (inside quotes as well). All of it is counting over typed arrays, linear in the postings touched.
 */
import type { SearchNotice } from '../../shared/search'
import { MAX_PHRASE_WORDS, type Clause, type ParsedQuery } from './parse-query'
import type { ParagraphTable } from './paragraph-table'
import { MAX_RANGES, type ClauseMatcher } from './match-ranges'
import { PhraseFinder } from './phrase'
import type { PostingsTable } from './postings'
import { indexTermOf } from './tokenize'
import { correctedQuery, type Correction } from './corrected-query'
import type { Candidate, Vocabulary } from './vocabulary'
import type { WordPositions } from './word-positions'

export interface Resolution {
  /** Matching paragraph ordinals, ascending (reading order). */
  readonly ordinals: readonly number[]
  readonly matchers: readonly ClauseMatcher[]
  readonly notice: SearchNotice | null
  /** The query's words in order, stop words included, misspellings corrected: what proximity ranks by. */
  readonly sequence: readonly string[]
}

export interface SearchData {
  readonly language: string
  readonly table: ParagraphTable
  readonly postings: PostingsTable
  readonly vocabulary: Vocabulary
  readonly positions: WordPositions
}

export interface ResolveOptions {
  /** "Search instead for …": take every word as typed, never corrected. */
  readonly asTyped?: boolean
}

function termsOf(clause: Clause, data: SearchData): string[] {
  const words = clause.kind === 'word' ? [clause.normalized] : clause.words
  const terms = words.map((word) => indexTermOf(word, data.language)).filter((term) => term !== null)
  if (clause.kind === 'word' && clause.prefix) terms.push(...data.vocabulary.expand(clause.normalized))
  return [...new Set(terms)].filter((term) => data.postings.has(term))
}

/** A postings list as a plain array, by a loop: Array.from(typed array) goes through the iterator. */
function arrayOf(list: Int32Array): number[] {
  const out = new Array<number>(list.length)
  for (let i = 0; i < list.length; i++) out[i] = list[i]!
  return out
}

/** Union of ascending lists (a prefix's expansions): a mark per paragraph, no set and no sort. */
function union(lists: readonly Int32Array[], size: number): number[] {
  const marked = new Uint8Array(size)
  for (const list of lists) for (let i = 0; i < list.length; i++) marked[list[i]!] = 1
  const out: number[] = []
  for (let ordinal = 0; ordinal < size; ordinal++) if (marked[ordinal]) out.push(ordinal)
  return out
}

/**
 * Ordinals of the shortest list that every other list holds too. The lists are ascending, so each
 * other list is walked once with a cursor, instead of being copied into a set per query.
 */
function intersection(lists: readonly Int32Array[]): number[] {
  const sorted = [...lists].sort((a, b) => a.length - b.length)
  const [shortest, ...others] = sorted
  if (!shortest) return []
  const cursors = new Int32Array(others.length)
  const out: number[] = []
  candidates: for (let i = 0; i < shortest.length; i++) {
    const ordinal = shortest[i]!
    for (let k = 0; k < others.length; k++) {
      const list = others[k]!
      let at = cursors[k]!
      while (at < list.length && list[at]! < ordinal) at++
      cursors[k] = at
      if (list[at] !== ordinal) continue candidates
    }
    out.push(ordinal)
  }
  return out
}

/** The paragraphs one clause matches, ascending. */
function paragraphsOf(clause: Clause, terms: readonly string[], data: SearchData): number[] {
  const { postings, table } = data
  if (clause.kind === 'word') {
    if (terms.length === 1) return arrayOf(postings.get(terms[0]!))
    return union(
      terms.map((term) => postings.get(term)),
      table.ids.length
    )
  }
  if (terms.length === 0) return []
  return phraseParagraphs(clause, data)
}

/** A phrase's paragraphs: its words at consecutive positions, counted while found (for occurrences.ts). */
function phraseParagraphs(clause: Clause & { kind: 'phrase' }, data: SearchData): number[] {
  const found = new PhraseFinder(data.positions, clause.words).all(MAX_RANGES)
  phraseCounts.set(clause, found)
  return found.ordinals
}

/** How many times each phrase clause stands in the passages it was found in (`counts[i]` in `ordinals[i]`). */
export const phraseCounts = new WeakMap<
  Clause,
  { readonly ordinals: readonly number[]; readonly counts: readonly number[] }
>()

/** How many paragraphs of an ascending list are also in an ascending context. */
function countIn(list: ArrayLike<number>, context: readonly number[]): number {
  let count = 0
  let at = 0
  for (let i = 0; i < list.length && at < context.length; i++) {
    while (at < context.length && context[at]! < list[i]!) at++
    if (context[at] === list[i]) count++
  }
  return count
}

/** A prefix reaching at most this many passages may be a typo of a real word ("evel" → "evil"). */
const RARE_PREFIX_PASSAGES = 40

/** Phrase checks while choosing a spelling stop after this many passages: enough to tell spellings apart. */
const ADJACENCY_SAMPLE = 400

interface Scored extends Candidate {
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
function chooseSpelling(
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

/** Ascending ordinals in every list (null for no lists: no context). */
function intersectAll(lists: readonly (readonly number[])[]): number[] | null {
  if (lists.length === 0) return null
  return intersection(lists.map((list) => new Int32Array(list)))
}

interface Planned {
  clause: Clause
  terms: string[]
  set: number[]
  /** Where the clause stands among the query's words, for the neighbours of a corrected word. */
  readonly position: number
}

const frequencyIn = (data: SearchData) => (term: string) => data.postings.frequency(term)

export function resolveQuery(
  query: string,
  parsed: ParsedQuery,
  data: SearchData,
  options: ResolveOptions = {}
): Resolution {
  const isStop = (word: string): boolean => indexTermOf(word, data.language) === null
  // The query's words in order, stop words included: the neighbours a spelling must stand beside.
  const sequence = parsed.required.flatMap((clause) =>
    clause.kind === 'word' ? [clause.normalized] : clause.words
  )
  const planned: Planned[] = []
  let position = 0
  for (const clause of parsed.required) {
    const at = position
    position += clause.kind === 'word' ? 1 : clause.words.length
    // A clause made only of stop words ("the") says nothing about which passages match.
    if (clause.kind === 'word' ? isStop(clause.normalized) : clause.words.every(isStop)) continue
    const terms = termsOf(clause, data)
    planned.push({ clause, terms, set: paragraphsOf(clause, terms, data), position: at })
  }
  // Only very common words ("the", "to be or not to be"): searched as written, by a pass over the text.
  let common: SearchNotice | null = null
  if (planned.length === 0 && sequence.length > 0) {
    const words = sequence.slice(0, MAX_PHRASE_WORDS)
    const clause = { kind: 'phrase', words } as const
    const set = phraseParagraphs(clause, data)
    planned.push({ clause, terms: [], set, position: 0 })
    common = { kind: 'common-words', words: words.join(' ') }
  }
  const corrections: Correction[] = []
  if (!options.asTyped && !common) {
    const neighboursOf = (at: number, length = 1) => ({
      before: sequence.slice(Math.max(0, at - 2), at),
      after: sequence.slice(at + length, at + length + 2)
    })
    // Context for a correction: the passages holding every other clause that was found as typed.
    const contextFor = (skip: Planned): number[] | null =>
      intersectAll(planned.filter((p) => p !== skip && p.set.length > 0).map((p) => p.set))
    for (const plan of planned) {
      const { clause } = plan
      if (clause.kind === 'phrase') {
        fixPhrase(plan, data, corrections, isStop, sequence)
        continue
      }
      const exact = indexTermOf(clause.normalized, data.language)
      const typedIsWord = exact !== null && data.postings.has(exact)
      if (typedIsWord) continue
      // Not a word: misspelled, or (the last word, while typing) the start of one.
      const typing = clause.prefix && plan.terms.length > 0
      const context = contextFor(plan)
      const reached = context ? countIn(plan.set, context) : plan.set.length
      // A prefix that reaches many passages with the other words is a word being typed, not a typo:
      // no scan of the vocabulary on that keystroke.
      if (typing && reached > 0 && plan.set.length > RARE_PREFIX_PASSAGES) continue
      const candidates = data.vocabulary
        .candidates(clause.normalized, frequencyIn(data))
        .filter((c) => !typing || !c.word.startsWith(clause.normalized))
      if (candidates.length === 0) continue
      const best = chooseSpelling(clause.normalized, candidates, context, neighboursOf(plan.position), data)
      if (!best || best.together === 0) continue
      if (typing) {
        // Keep the prefix unless it only reaches rare words while a real word fits the query better.
        const fitsBetter = reached === 0
        const farMoreCommon = best.frequency >= 4 * plan.set.length && best.together >= reached
        if (!fitsBetter && !farMoreCommon && best.adjacent === 0) continue
      }
      corrections.push({ typed: clause.normalized, word: best.word })
      sequence[plan.position] = best.word
      plan.clause = { kind: 'word', normalized: best.word, prefix: false }
      plan.terms = [best.term]
      plan.set = arrayOf(data.postings.get(best.term))
    }
  }
  const matchers: ClauseMatcher[] = []
  const sets: number[][] = []
  for (const { clause, terms, set } of planned) {
    const words = new Set(terms.flatMap((term) => data.vocabulary.wordsOf(term)))
    if (clause.kind === 'word') words.add(clause.normalized)
    matchers.push({ clause, terms: new Set(terms), words })
    sets.push(set)
  }
  if (matchers.length === 0) return { ordinals: [], matchers, notice: null, sequence }

  const { ordinals, best } = bestMatches(sets, parsed.excluded, data)

  let notice: SearchNotice | null = ordinals.length > 0 ? common : null
  if (best > 0 && best < matchers.length)
    notice = {
      kind: 'partial',
      matched: best,
      of: matchers.length
    }
  else if (corrections.length > 0 && ordinals.length > 0) {
    const typedQuery = query.trim()
    const corrected = correctedQuery(typedQuery, corrections)
    // A "correction" that reads like the query itself (case, accents, apostrophes) is no news.
    if (corrected !== null)
      notice = {
        kind: 'corrected',
        correctedQuery: corrected,
        typedQuery
      }
  }
  return { ordinals, matchers, notice, sequence }
}

/** The paragraphs holding the most clauses (all of them, when any does), without the excluded ones. */
function bestMatches(
  sets: readonly number[][],
  exclusions: readonly Clause[],
  data: SearchData
): { ordinals: number[]; best: number } {
  // One clause and nothing left out: its paragraphs are the answer (no pass over every paragraph).
  if (sets.length === 1 && exclusions.length === 0)
    return { ordinals: sets[0]!, best: sets[0]!.length > 0 ? 1 : 0 }
  const size = data.table.ids.length
  const excluded = new Uint8Array(size)
  for (const clause of exclusions)
    for (const ordinal of paragraphsOf(clause, termsOf(clause, data), data)) excluded[ordinal] = 1
  // Passages holding every clause, when there are any, are the answer: walked from the shortest list.
  const every = intersection(sets.map((set) => new Int32Array(set))).filter((ordinal) => !excluded[ordinal])
  if (every.length > 0) return { ordinals: every, best: sets.length }
  const counts = new Uint8Array(size)
  for (const set of sets) for (const ordinal of set) counts[ordinal]!++
  let best = 0
  for (let ordinal = 0; ordinal < size; ordinal++)
    if (!excluded[ordinal] && counts[ordinal]! > best) best = counts[ordinal]!
  const ordinals: number[] = []
  if (best > 0)
    for (let ordinal = 0; ordinal < size; ordinal++)
      if (!excluded[ordinal] && counts[ordinal] === best) ordinals.push(ordinal)
  return { ordinals, best }
}

/** A misspelled word inside quotes is corrected as outside them, by the phrase's other words. */
function fixPhrase(
  plan: Planned,
  data: SearchData,
  corrections: Correction[],
  isStop: (word: string) => boolean,
  sequence: string[]
): void {
  if (plan.clause.kind !== 'phrase') return
  const words = [...plan.clause.words]
  let changed = false
  words.forEach((word, i) => {
    const term = indexTermOf(word, data.language)
    if (term === null || data.postings.has(term)) return
    const others = words
      .filter((other, j) => j !== i && !isStop(other))
      .map((other) => indexTermOf(other, data.language))
      .filter((t): t is string => t !== null && data.postings.has(t))
    const context = others.length ? intersection(others.map((t) => data.postings.get(t))) : null
    const candidates = data.vocabulary.candidates(word, frequencyIn(data))
    const best = chooseSpelling(
      word,
      candidates,
      context,
      { before: words.slice(0, i), after: words.slice(i + 1) },
      data
    )
    if (!best || best.together === 0) return
    corrections.push({ typed: word, word: best.word })
    words[i] = best.word
    sequence[plan.position + i] = best.word
    changed = true
  })
  if (!changed) return
  plan.clause = { kind: 'phrase', words }
  plan.terms = termsOf(plan.clause, data)
  plan.set = paragraphsOf(plan.clause, plan.terms, data)
}
