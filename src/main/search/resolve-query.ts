/**
 * From clauses to the set of matching paragraphs: each clause's paragraphs come from the postings,
 * words are ANDed, phrases are checked for adjacency, -clauses are removed. When no paragraph has every
 * clause the best partial matches are returned, and a word the edition lacks is replaced by its closest
 * spelling. All of it is counting over typed arrays, linear in the postings touched.
 */
import type { SearchNotice } from '../../shared/search'
import type { ClauseMatcher } from './match-ranges'
import type { Clause, ParsedQuery } from './parse-query'
import type { ParagraphTable } from './paragraph-table'
import { phraseTester } from './phrase'
import type { PostingsTable } from './postings'
import { indexTermOf } from './tokenize'
import type { Vocabulary } from './vocabulary'

export interface Resolution {
  /** Matching paragraph ordinals, ascending (reading order). */
  readonly ordinals: readonly number[]
  readonly matchers: readonly ClauseMatcher[]
  readonly notice: SearchNotice | null
}

export interface SearchData {
  readonly language: string
  readonly table: ParagraphTable
  readonly postings: PostingsTable
  readonly vocabulary: Vocabulary
}

interface Correction {
  readonly typed: string
  readonly word: string
}

function termsOf(clause: Clause, data: SearchData): string[] {
  const words = clause.kind === 'word' ? [clause.normalized] : clause.words
  const terms = words.map((word) => indexTermOf(word, data.language)).filter((term) => term !== null)
  if (clause.kind === 'word' && clause.prefix) terms.push(...data.vocabulary.expand(clause.normalized))
  return [...new Set(terms)].filter((term) => data.postings.has(term))
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
    if (terms.length === 1) return Array.from(postings.get(terms[0]!))
    return union(
      terms.map((term) => postings.get(term)),
      table.ids.length
    )
  }
  // A phrase: paragraphs holding all its terms, then the adjacency check on the text.
  if (terms.length === 0) return []
  const holds = phraseTester(clause.words)
  return intersection(terms.map((term) => postings.get(term))).filter((ordinal) =>
    holds(table.texts.at(ordinal)!)
  )
}

/** The query as typed, with each misspelled word replaced by the word it was read as. */
function correctedText(query: string, corrections: readonly Correction[]): string {
  return corrections.reduce((text, { typed, word }) => {
    const escaped = typed.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
    return text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu'), word)
  }, query)
}

export function resolveQuery(query: string, parsed: ParsedQuery, data: SearchData): Resolution {
  const matchers: ClauseMatcher[] = []
  const sets: number[][] = []
  const corrections: Correction[] = []
  for (let clause of parsed.required) {
    let terms = termsOf(clause, data)
    // A clause made only of stop words ("the") says nothing about which passages match.
    if (
      terms.length === 0 &&
      clause.kind === 'word' &&
      indexTermOf(clause.normalized, data.language) === null
    )
      continue
    if (terms.length === 0 && clause.kind === 'word') {
      const fixed = data.vocabulary.correct(clause.normalized, (term) => data.postings.frequency(term))
      if (fixed) {
        corrections.push({ typed: clause.normalized, word: fixed.word })
        clause = { kind: 'word', normalized: fixed.word, prefix: false }
        terms = [fixed.term]
      }
    }
    if (
      clause.kind === 'phrase' &&
      terms.length === 0 &&
      clause.words.every((w) => !indexTermOf(w, data.language))
    )
      continue
    const words = new Set(terms.flatMap((term) => data.vocabulary.wordsOf(term)))
    if (clause.kind === 'word') words.add(clause.normalized)
    matchers.push({ clause, terms: new Set(terms), words })
    sets.push(paragraphsOf(clause, terms, data))
  }
  if (matchers.length === 0) return { ordinals: [], matchers, notice: null }

  const size = data.table.ids.length
  const excluded = new Uint8Array(size)
  for (const clause of parsed.excluded)
    for (const ordinal of paragraphsOf(clause, termsOf(clause, data), data)) excluded[ordinal] = 1
  const counts = new Uint8Array(size)
  for (const set of sets) for (const ordinal of set) counts[ordinal]!++

  let best = 0
  for (let ordinal = 0; ordinal < size; ordinal++)
    if (!excluded[ordinal] && counts[ordinal]! > best) best = counts[ordinal]!
  const ordinals: number[] = []
  if (best > 0)
    for (let ordinal = 0; ordinal < size; ordinal++)
      if (!excluded[ordinal] && counts[ordinal] === best) ordinals.push(ordinal)

  let notice: SearchNotice | null = null
  if (best > 0 && best < matchers.length)
    notice = {
      kind: 'partial',
      message: `No passage has all of these words; showing passages with ${best} of ${matchers.length}.`
    }
  else if (corrections.length > 0 && ordinals.length > 0) {
    const correctedQuery = correctedText(query.trim(), corrections)
    notice = {
      kind: 'corrected',
      message: `Nothing matches ${corrections.map((c) => `“${c.typed}”`).join(', ')}; showing results for “${correctedQuery}”.`,
      correctedQuery
    }
  }
  return { ordinals, matchers, notice }
}
