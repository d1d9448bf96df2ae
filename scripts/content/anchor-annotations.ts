/**
 * Resolves each annotation's quote to offsets in the compiled paragraphs' plain text, the same offsets
 * the reader marks, and checks that related ids exist. A quote that is not found fails the build.
 */
import type { Annotation, AnnotationOccurrence, CompiledChapter } from '../../src/shared/edition'
import type { AnnotationSource } from './annotation-source'
import { ContentError } from './content-error'

const WORD_CHAR = /[\p{L}\p{N}]/u

/**
 * Occurrences of `quote` that stand as whole words: "SCO" must not anchor inside "UNESCO". An edge of
 * the quote that is not a word character (a bracket, a space) needs no boundary.
 */
export function findQuote(text: string, quote: string): number[] {
  const found: number[] = []
  const needsStart = WORD_CHAR.test(quote.at(0) ?? '')
  const needsEnd = WORD_CHAR.test(quote.at(-1) ?? '')
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    const before = text.at(at - 1) ?? ''
    const after = text.at(at + quote.length) ?? ''
    if (needsStart && at > 0 && WORD_CHAR.test(before)) continue
    if (needsEnd && WORD_CHAR.test(after)) continue
    found.push(at)
  }
  return found
}

function occurrencesOf(
  file: string,
  annotation: AnnotationSource,
  chapters: ReadonlyMap<string, CompiledChapter>
): AnnotationOccurrence[] {
  const { anchor } = annotation
  if (anchor === null) return []
  const chapter = chapters.get(anchor.chapter)
  if (!chapter)
    throw new ContentError(file, `annotation "${annotation.id}": there is no chapter "${anchor.chapter}"`)
  const occurrences = chapter.paragraphs.flatMap((paragraph) =>
    findQuote(paragraph.text, anchor.quote).map((start) => ({
      chapterId: chapter.id,
      paragraphId: paragraph.id,
      start,
      end: start + anchor.quote.length
    }))
  )
  if (occurrences.length === 0)
    throw new ContentError(
      file,
      `annotation "${annotation.id}": quote "${anchor.quote}" is not in chapter "${anchor.chapter}"`
    )
  return anchor.all ? occurrences : occurrences.slice(0, 1)
}

export function anchorAnnotations(
  file: string,
  sources: readonly AnnotationSource[],
  chapters: readonly CompiledChapter[]
): Annotation[] {
  const byId = new Map(chapters.map((chapter) => [chapter.id, chapter]))
  const ids = new Set(sources.map((annotation) => annotation.id))
  return sources.map((annotation) => {
    const missing = annotation.related.find((id) => !ids.has(id))
    if (missing !== undefined)
      throw new ContentError(file, `annotation "${annotation.id}": related id "${missing}" does not exist`)
    if (annotation.related.includes(annotation.id))
      throw new ContentError(file, `annotation "${annotation.id}": is related to itself`)
    return {
      id: annotation.id,
      kind: annotation.kind,
      title: annotation.title,
      note: annotation.note,
      sources: annotation.sources,
      related: annotation.related,
      date: annotation.date ?? null,
      occurrences: occurrencesOf(file, annotation, byId)
    }
  })
}
