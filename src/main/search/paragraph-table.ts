/** The edition's paragraphs in reading order, addressed by ordinal: the numbers the postings hold. */
import type { Texts } from './paragraph-texts'
import type { SearchFile } from './search-file'

export interface ChapterSpan {
  readonly id: string
  readonly title: string
  /** Ordinal of the chapter's first paragraph; its paragraphs are [first, first + count). */
  readonly first: number
  readonly count: number
}

export interface ParagraphTable {
  readonly ids: readonly string[]
  readonly texts: Texts
  /** Each text's length in UTF-8 bytes (at least its length in characters). */
  readonly bytes: readonly number[]
  /** Chapter index (into `chapters`) of each paragraph. */
  readonly chapterOf: Int32Array
  readonly chapters: readonly ChapterSpan[]
}

export function paragraphTable(
  file: Pick<SearchFile, 'ids' | 'chapters' | 'textBytes'>,
  texts: Texts
): ParagraphTable {
  const chapterOf = new Int32Array(file.ids.length)
  file.chapters.forEach((span, index) => chapterOf.fill(index, span.first, span.first + span.count))
  return { ids: file.ids, texts, bytes: file.textBytes, chapterOf, chapters: file.chapters }
}
