/** The answer's paragraphs: those holding every clause, or failing that the most, less the excluded. */
import { paragraphsOf, termsOf } from './clause-paragraphs'
import { intersection } from './ordinal-lists'
import type { Clause } from './parse-query'
import type { SearchData } from './search-data'

/** The paragraphs holding the most clauses (all of them, when any does), without the excluded ones. */
export function bestMatches(
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
  const all = intersection(sets)
  const every = exclusions.length > 0 ? all.filter((ordinal) => !excluded[ordinal]) : all
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
