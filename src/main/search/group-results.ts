/**
 * Matching paragraphs → what the reader sees: groups per chapter (best-ranked chapter first, hits in
 * reading order), every hit's paragraph id for "n of m", and snippets for a bounded number of hits.
 * Snippets cost a tokenization each, so a query matching thousands of passages in a large edition
 * still answers in milliseconds; the rest are reachable by "n of m" and counted exactly.
 */
import type { SearchGroup, SearchHit } from '../../shared/search'
import { matchRanges, scannedTokens, type ClauseMatcher } from './match-ranges'
import type { ParagraphTable } from './paragraph-table'
import { makeSnippet } from './snippet'

/** Every chapter shows its first hits before any chapter shows more. */
export const SNIPPETS_PER_GROUP = 3
export const SNIPPET_BUDGET = 24

export function groupResults(
  ordinals: readonly number[],
  /** Occurrences in each of `ordinals` (occurrences.ts). */
  occurrences: Int32Array,
  chapterScore: (chapter: number) => number,
  /** Chapters best first (BM25 with proximity, see proximity.ts). */
  orderChapters: (chapters: readonly number[]) => number[],
  matchers: readonly ClauseMatcher[],
  table: ParagraphTable
): SearchGroup[] {
  const byChapter = new Map<number, number[]>()
  const countOf = new Map<number, number>()
  ordinals.forEach((ordinal, i) => {
    const chapter = table.chapterOf[ordinal]!
    countOf.set(ordinal, occurrences[i]!)
    const list = byChapter.get(chapter)
    if (list) list.push(ordinal)
    else byChapter.set(chapter, [ordinal])
  })
  const order = orderChapters([...byChapter.keys()])

  const shown = new Map<number, number>(order.map((chapter) => [chapter, 0]))
  let budget = SNIPPET_BUDGET
  for (const perGroup of [SNIPPETS_PER_GROUP, Infinity]) {
    for (const chapter of order) {
      const want = Math.min(byChapter.get(chapter)!.length, perGroup, shown.get(chapter)! + budget)
      budget -= want - shown.get(chapter)!
      shown.set(chapter, Math.max(want, shown.get(chapter)!))
    }
  }

  const hitOf = (ordinal: number, score: number): SearchHit => {
    const text = table.texts.at(ordinal)!
    const tokens = scannedTokens(text)
    const ranges = matchRanges(tokens, matchers)
    return {
      chapterId: table.chapters[table.chapterOf[ordinal]!]!.id,
      paragraphId: table.ids[ordinal]!,
      score,
      ranges,
      snippet: makeSnippet(text, tokens, ranges)
    }
  }
  return order.map((chapter) => {
    const list = byChapter.get(chapter)!
    const span = table.chapters[chapter]!
    return {
      chapterId: span.id,
      chapterTitle: span.title,
      order: chapter,
      hitCount: list.length,
      paragraphIds: list.map((ordinal) => table.ids[ordinal]!),
      occurrences: list.map((ordinal) => countOf.get(ordinal) ?? 1),
      hits: list.slice(0, shown.get(chapter)).map((ordinal) => hitOf(ordinal, chapterScore(chapter)))
    }
  })
}
