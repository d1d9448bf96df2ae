/** A misspelled word inside quotes, corrected by the phrase's other words as outside quotes. */
import { paragraphsOf, termsOf, type Planned } from './clause-paragraphs'
import type { Correction } from './corrected-query'
import { intersectAll } from './ordinal-lists'
import type { SearchData } from './search-data'
import { chooseSpelling, frequencyIn } from './spelling-choice'
import { indexTermOf } from './tokenize'

/** A misspelled word inside quotes is corrected as outside them, by the phrase's other words. */
export function fixPhrase(
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
    const context = intersectAll(others.map((t) => data.postings.get(t)))
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
