/**
 * From clauses to the set of matching paragraphs: each clause's paragraphs come from the postings,
 * words are ANDed, phrases are checked for adjacency, -clauses are removed. When no paragraph has every
 * clause the best partial matches are returned, and a word the edition lacks is replaced by its closest
 * spelling, chosen by the words it stands with (inside quotes as well). All of it is counting over
 * typed arrays, linear in the postings touched.
 */
import type { SearchNotice } from '../../shared/search'
import { bestMatches } from './best-matches'
import { paragraphsOf, phraseParagraphs, termsOf, type Planned } from './clause-paragraphs'
import { correctedQuery, type Correction } from './corrected-query'
import type { ClauseMatcher } from './match-ranges'
import { arrayOf, countIn, intersectAll } from './ordinal-lists'
import { MAX_PHRASE_WORDS, type ParsedQuery } from './parse-query'
import { fixPhrase } from './phrase-spelling'
import type { SearchData } from './search-data'
import { chooseSpelling, frequencyIn } from './spelling-choice'
import { indexTermOf } from './tokenize'

export type { SearchData } from './search-data'

export interface Resolution {
  /** Matching paragraph ordinals, ascending (reading order). */
  readonly ordinals: readonly number[]
  readonly matchers: readonly ClauseMatcher[]
  readonly notice: SearchNotice | null
  /** The query's words in order, stop words included, misspellings corrected: what proximity ranks by. */
  readonly sequence: readonly string[]
}

export interface ResolveOptions {
  /** "Search instead for …": take every word as typed, never corrected. */
  readonly asTyped?: boolean
}

/** A prefix reaching at most this many passages may be a typo of a real word ("evel" → "evil"). */
const RARE_PREFIX_PASSAGES = 40

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
