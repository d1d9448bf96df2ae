/**
 * Matching paragraphs → what the reader sees: groups per chapter (best-ranked chapter first, listed
 * hits where the words stand together first, then in reading order), every hit's paragraph id in
 * reading order for "n of m", and snippets for a bounded number of hits.
 * Snippets cost a tokenization each, so a query matching thousands of passages in a large edition
 * still answers in milliseconds; the rest are reachable by "n of m" and counted exactly.
 */
import type { SearchGroup, SearchHit } from '../../shared/search'
import { shownHit } from './hit-window'
import type { ClauseMatcher } from './match-ranges'
import type { ParagraphTable } from './paragraph-table'
import type { WordPositions } from './word-positions'

/** Every chapter shows its first hits before any chapter shows more. */
export const SNIPPETS_PER_GROUP = 3
export const SNIPPET_BUDGET = 24

export function groupResults(
  ordinals: readonly number[],
  /** Occurrences in each of `ordinals` (occurrences.ts). */
  occurrences: Int32Array,
  chapterScore: (chapter: number) => number,
  /** The chapters holding `ordinals`, best first (BM25 with proximity, see proximity.ts). */
  order: readonly number[],
  /** How close the query's words stand in a passage (proximity.ts): closer ones are listed first. */
  passageRank: (ordinal: number) => number,
  matchers: readonly ClauseMatcher[],
  table: ParagraphTable,
  positions: WordPositions
): SearchGroup[] {
  // Ordinals are ascending and a chapter's paragraphs are one run: each chapter is a slice of them,
  // found by comparing neighbours (a map touched once per chapter, not once per passage).
  const byChapter = new Map<number, { from: number; to: number }>()
  for (let from = 0; from < ordinals.length;) {
    const chapter = table.chapterOf[ordinals[from]!]!
    let to = from + 1
    while (to < ordinals.length && table.chapterOf[ordinals[to]!] === chapter) to++
    byChapter.set(chapter, { from, to })
    from = to
  }
  const sizeOf = (chapter: number): number => byChapter.get(chapter)!.to - byChapter.get(chapter)!.from

  const shown = new Map<number, number>(order.map((chapter) => [chapter, 0]))
  let budget = SNIPPET_BUDGET
  for (const perGroup of [SNIPPETS_PER_GROUP, Infinity]) {
    for (const chapter of order) {
      const want = Math.min(sizeOf(chapter), perGroup, shown.get(chapter)! + budget)
      budget -= want - shown.get(chapter)!
      shown.set(chapter, Math.max(want, shown.get(chapter)!))
    }
  }

  const hitOf = (ordinal: number, score: number): SearchHit => {
    const text = table.texts.at(ordinal)!
    return {
      chapterId: table.chapters[table.chapterOf[ordinal]!]!.id,
      paragraphId: table.ids[ordinal]!,
      score,
      // A text as long in UTF-8 bytes as in characters is all ASCII: no need to look.
      ...shownHit(text, ordinal, matchers, positions, table.bytes[ordinal] === text.length)
    }
  }
  return order.map((chapter) => {
    const { from, to } = byChapter.get(chapter)!
    const list = ordinals.slice(from, to)
    const span = table.chapters[chapter]!
    const count = shown.get(chapter)!
    // Passages where the words stand together first, then reading order (the sort is stable).
    const listed = count > 0 ? byRank(list, passageRank) : []
    return {
      chapterId: span.id,
      chapterTitle: span.title,
      order: chapter,
      hitCount: list.length,
      paragraphIds: list.map((ordinal) => table.ids[ordinal]!),
      // A loop, not Array.from(subarray): that goes through the iterator, ~10x slower.
      occurrences: list.map((_, i) => occurrences[from + i]!),
      hits: listed.slice(0, count).map((ordinal) => hitOf(ordinal, chapterScore(chapter)))
    }
  })
}

/** Closer passages first, reading order among equals; each rank computed once, not per comparison. */
function byRank(list: readonly number[], passageRank: (ordinal: number) => number): number[] {
  const ranks = list.map(passageRank)
  return list
    .map((_, i) => i)
    .sort((a, b) => ranks[b]! - ranks[a]! || a - b)
    .map((i) => list[i]!)
}
