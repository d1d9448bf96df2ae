/**
 * Proximity, on top of Lunr's BM25: a chapter, and within it a passage, where the query's words stand
 * together, in order, ranks above one where they are scattered, and one holding the exact phrase
 * (quoted or not) comes first. Each passage is looked up (phrase.ts, from the word positions) for the
 * whole query as typed (stop words included: "a thousand points of light"), then for each neighbouring
 * pair of its words with the stop words typed between them ("points of light"). Bounded: only the
 * passages of the best chapters by BM25 are looked at, at most PASSAGE_BUDGET of them.
 */
import type { ParagraphTable } from './paragraph-table'
import { PhraseFinder } from './phrase'
import type { WordPositions } from './word-positions'

export const PROXIMITY_CHAPTERS = 40
const PASSAGE_BUDGET = 1000
/** Pairs beyond the first few words add little. */
const MAX_PAIRS = 4

export interface Closeness {
  /** The passage (for a chapter: one of its passages) holds the whole query as a phrase. */
  readonly exact: boolean
  /** The share of the query's neighbouring pairs that stand together in it (0–1); a chapter: its best passage's. */
  readonly together: number
}

export interface ClosenessFound {
  readonly chapters: ReadonlyMap<number, Closeness>
  /** By paragraph ordinal, for the passages looked at. */
  readonly passages: ReadonlyMap<number, Closeness>
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

export function closenessOf(
  ordinals: readonly number[],
  chapterOrder: readonly number[],
  sequence: readonly string[],
  isStop: (word: string) => boolean,
  data: { readonly table: ParagraphTable; readonly positions: WordPositions },
  /** The query is one quoted phrase: every passage found holds it, there is nothing to tell apart. */
  allPhrase = false
): ClosenessFound {
  const chapters = new Map<number, Closeness>()
  const passages = new Map<number, Closeness>()
  const { whole, pairs } = phrasesOf(sequence, isStop)
  if (sequence.length < 2 || pairs.length === 0 || allPhrase) return { chapters, passages }
  const wholeFinder = new PhraseFinder(data.positions, whole)
  const pairFinders = pairs.map((pair) => new PhraseFinder(data.positions, pair))
  const tested = new Set(chapterOrder.slice(0, PROXIMITY_CHAPTERS))
  let budget = PASSAGE_BUDGET
  for (const ordinal of ordinals) {
    const chapter = data.table.chapterOf[ordinal]!
    if (!tested.has(chapter)) continue
    if (budget-- <= 0) break
    let closeness: Closeness
    if (wholeFinder.holdsIn(ordinal)) closeness = { exact: true, together: 1 }
    else {
      let held = 0
      for (const finder of pairFinders) if (finder.holdsIn(ordinal)) held++
      closeness = { exact: false, together: held / pairs.length }
    }
    passages.set(ordinal, closeness)
    const before = chapters.get(chapter)
    if (!before || rank(closeness) > rank(before)) chapters.set(chapter, closeness)
  }
  return { chapters, passages }
}

/** Exact phrase above every share of pairs. */
export const rank = (closeness: Closeness | undefined): number =>
  closeness ? (closeness.exact ? 2 : closeness.together) : 0

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
