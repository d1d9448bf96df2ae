/**
 * Proximity, on top of Lunr's BM25: a chapter where the query's words stand together, in order, ranks
 * above one where they are scattered, and one holding the exact phrase (quoted or not) comes first.
 * Each passage is scanned (phrase.ts) for the whole query as typed (stop words
 * included: "a thousand points of light"), then each neighbouring pair of its words with the stop
 * words typed between them ("points of light"). Bounded: only the best chapters by BM25 are tested,
 * each until it shows the exact phrase, and at most PASSAGE_BUDGET passages in all.
 */
import type { ParagraphTable } from './paragraph-table'
import { holdsPhrase, phraseText } from './phrase'

export const PROXIMITY_CHAPTERS = 40
const PASSAGE_BUDGET = 1000
/** Pairs beyond the first few words add little and cost a pattern each. */
const MAX_PAIRS = 4

export interface Closeness {
  /** A passage of the chapter holds the whole query as a phrase. */
  readonly exact: boolean
  /** The best passage's share of the query's neighbouring pairs that stand together (0–1). */
  readonly together: number
}

/** The phrases to look for: the whole sequence and each pair of neighbouring words (stop words between). */
function phrasesOf(
  sequence: readonly string[],
  isStop: (word: string) => boolean
): { whole: readonly string[]; pairs: (readonly string[])[] } {
  const content = sequence.flatMap((word, at) => (isStop(word) ? [] : [at]))
  const pairs: (readonly string[])[] = []
  for (let i = 1; i < content.length && pairs.length < MAX_PAIRS; i++)
    pairs.push(sequence.slice(content[i - 1], content[i]! + 1))
  return { whole: sequence, pairs }
}

export function closenessByChapter(
  ordinals: readonly number[],
  chapterOrder: readonly number[],
  sequence: readonly string[],
  isStop: (word: string) => boolean,
  table: ParagraphTable,
  /** The query is one quoted phrase: every passage found holds it, there is nothing to tell apart. */
  allPhrase = false
): Map<number, Closeness> {
  const found = new Map<number, Closeness>()
  const { whole, pairs } = phrasesOf(sequence, isStop)
  if (sequence.length < 2 || pairs.length === 0 || allPhrase) return found
  const tested = new Set(chapterOrder.slice(0, PROXIMITY_CHAPTERS))
  let budget = PASSAGE_BUDGET
  for (const ordinal of ordinals) {
    const chapter = table.chapterOf[ordinal]!
    if (!tested.has(chapter) || budget <= 0) continue
    const before = found.get(chapter)
    if (before?.exact) continue
    budget--
    // Folded once, tried by every pattern.
    const text = phraseText(table.texts.at(ordinal)!)
    if (holdsPhrase(text, whole)) {
      found.set(chapter, { exact: true, together: 1 })
      continue
    }
    let held = 0
    for (const pair of pairs) if (holdsPhrase(text, pair)) held++
    const together = held / pairs.length
    if (!before || together > before.together) found.set(chapter, { exact: false, together })
  }
  return found
}

/** The order chapters are listed in: exact phrase first, then BM25 raised by how close the words stand. */
export function proximityOrder(
  chapters: readonly number[],
  bm25: (chapter: number) => number,
  closeness: ReadonlyMap<number, Closeness>
): number[] {
  const score = (chapter: number): number => bm25(chapter) * (1 + 2 * (closeness.get(chapter)?.together ?? 0))
  const exact = (chapter: number): number => (closeness.get(chapter)?.exact ? 1 : 0)
  return [...chapters].sort((a, b) => exact(b) - exact(a) || score(b) - score(a) || a - b)
}
