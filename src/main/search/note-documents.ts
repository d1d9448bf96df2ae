/**
 * The editors' notes as extra search documents beside the paragraphs. A note is found under ref
 * `note:<annotationId>` and leads to the passage it annotates (its first occurrence). A note anchored
 * nowhere (about the edition as a whole) has no passage to open, so it is not indexed.
 */
import type { CompiledEdition } from '../../shared/edition'

const NOTE_REF_PREFIX = 'note:'

export interface NoteDocument {
  readonly ref: string
  readonly annotationId: string
  /** The passage the note opens: its first occurrence. */
  readonly paragraphId: string
  /** What is indexed and what snippets are cut from: the title, then the note. */
  readonly text: string
}

export const isNoteRef = (ref: string): boolean => ref.startsWith(NOTE_REF_PREFIX)

export function noteDocuments(edition: CompiledEdition): NoteDocument[] {
  return edition.annotations.flatMap((annotation) => {
    const first = annotation.occurrences[0]
    if (!first) return []
    return [
      {
        ref: `${NOTE_REF_PREFIX}${annotation.id}`,
        annotationId: annotation.id,
        paragraphId: first.paragraphId,
        text: `${annotation.title}: ${annotation.note}`
      }
    ]
  })
}
