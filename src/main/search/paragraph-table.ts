/** The edition's paragraphs in reading order, addressed by ordinal: the numbers the postings hold. */
import type { CompiledEdition } from '../../shared/edition'

export interface ChapterSpan {
  readonly id: string
  readonly title: string
  /** Ordinal of the chapter's first paragraph; its paragraphs are [first, first + count). */
  readonly first: number
  readonly count: number
}

export interface ParagraphTable {
  readonly ids: readonly string[]
  readonly texts: readonly string[]
  /** Chapter index (into `chapters`) of each paragraph. */
  readonly chapterOf: Int32Array
  readonly chapters: readonly ChapterSpan[]
}

export function paragraphTable(edition: CompiledEdition): ParagraphTable {
  const ids: string[] = []
  const texts: string[] = []
  const owners: number[] = []
  const chapters = edition.chapters.map((chapter, index) => {
    const first = ids.length
    for (const paragraph of chapter.paragraphs) {
      ids.push(paragraph.id)
      texts.push(paragraph.text)
      owners.push(index)
    }
    return { id: chapter.id, title: chapter.title, first, count: chapter.paragraphs.length }
  })
  return { ids, texts, chapterOf: Int32Array.from(owners), chapters }
}
