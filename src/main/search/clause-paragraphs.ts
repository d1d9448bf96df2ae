/**
 * The paragraphs one clause of a query matches: a word's (with a prefix's expansions) from the
 * postings, a phrase's from the word positions, counted as it is found (occurrences.ts reads the counts).
 */
import type { Clause } from './parse-query'
import { MAX_RANGES } from './match-ranges'
import { arrayOf, union } from './ordinal-lists'
import { PhraseFinder } from './phrase'
import type { SearchData } from './search-data'
import { indexTermOf } from './tokenize'

/** One clause of a query as it is resolved: its terms and paragraphs, replaced when it is corrected. */
export interface Planned {
  clause: Clause
  terms: string[]
  set: number[]
  /** Where the clause stands among the query's words, for the neighbours of a corrected word. */
  readonly position: number
}

/** The index terms a clause is looked up under (those the edition has). */
export function termsOf(clause: Clause, data: SearchData): string[] {
  const words = clause.kind === 'word' ? [clause.normalized] : clause.words
  const terms = words.map((word) => indexTermOf(word, data.language)).filter((term) => term !== null)
  if (clause.kind === 'word' && clause.prefix) terms.push(...data.vocabulary.expand(clause.normalized))
  return [...new Set(terms)].filter((term) => data.postings.has(term))
}

/** The paragraphs one clause matches, ascending. */
export function paragraphsOf(clause: Clause, terms: readonly string[], data: SearchData): number[] {
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
export function phraseParagraphs(clause: Clause & { kind: 'phrase' }, data: SearchData): number[] {
  const found = new PhraseFinder(data.positions, clause.words).all(MAX_RANGES)
  phraseCounts.set(clause, found)
  return found.ordinals
}

/** How many times each phrase clause stands in the passages it was found in (`counts[i]` in `ordinals[i]`). */
export const phraseCounts = new WeakMap<
  Clause,
  { readonly ordinals: readonly number[]; readonly counts: readonly number[] }
>()
