/**
 * The editors' notes as search documents of their own. A note leads to the passage it annotates (its
 * first occurrence). A note anchored nowhere (about the edition as a whole) has no passage to open, so
 * it is not indexed.
 */
import type { CompiledEdition } from '../../shared/edition'

export interface NoteDocument {
  readonly annotationId: string
  /** The passage the note opens: its first occurrence. */
  readonly chapterId: string
  readonly paragraphId: string
  /** What is indexed and what snippets are cut from: the title, then the note. */
  readonly text: string
}

export function noteDocuments(edition: CompiledEdition): NoteDocument[] {
  return edition.annotations.flatMap((annotation) => {
    const first = annotation.occurrences[0]
    if (!first) return []
    return [
      {
        annotationId: annotation.id,
        chapterId: first.chapterId,
        paragraphId: first.paragraphId,
        text: `${annotation.title}: ${annotation.note}`
      }
    ]
  })
}
