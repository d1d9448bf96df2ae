/**
 * The editors' notes of a chapter as print endnotes: one per mark, in the order the marks stand in the
 * text, so the print stylesheet's counter on the marks and this list agree. A note met again refers back
 * to its first number instead of repeating itself.
 */
import type { Annotation, Chapter } from '../../../shared/edition'
import type { NoteMark } from './noteMarks'

export interface Endnote {
  readonly number: number
  readonly annotation: Annotation
  /** The number under which this note was already given, for a repeat. */
  readonly seeNumber: number | null
}

export function chapterEndnotes(
  chapter: Chapter,
  marks: Map<string, NoteMark[]>,
  byId: Map<string, Annotation>
): Endnote[] {
  const notes: Endnote[] = []
  const first = new Map<string, number>()
  for (const paragraph of chapter.paragraphs) {
    // Outer marks before the marks inside them, as they stand in the DOM.
    const ordered = [...(marks.get(paragraph.id) ?? [])].sort((a, b) => a.start - b.start || b.end - a.end)
    for (const mark of ordered) {
      const annotation = byId.get(mark.annotationId)
      if (!annotation) continue
      const number = notes.length + 1
      notes.push({ number, annotation, seeNumber: first.get(annotation.id) ?? null })
      if (!first.has(annotation.id)) first.set(annotation.id, number)
    }
  }
  return notes
}
