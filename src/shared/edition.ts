/**
 * What every process agrees an edition looks like once compiled. The schemas are the source of truth:
 * main validates compiled files with them on load, and the types below are inferred from them.
 */
import * as v from 'valibot'

export const EditionSummarySchema = v.object({
  id: v.string(),
  title: v.string(),
  author: v.string(),
  byline: v.string(),
  language: v.string(),
  editorsNote: v.string()
})

export const TocEntrySchema = v.object({
  id: v.string(),
  title: v.string(),
  order: v.number(),
  paragraphCount: v.number()
})

export const EditionMetaSchema = v.object({ ...EditionSummarySchema.entries, toc: v.array(TocEntrySchema) })

export const ParagraphSchema = v.object({
  id: v.string(),
  /** Sanitized HTML produced at build time; its textContent equals `text`. */
  html: v.string(),
  /** Plain text; every offset in the app (hits, anchors) counts UTF-16 units into this string. */
  text: v.string()
})

export const CompiledChapterSchema = v.object({
  id: v.string(),
  title: v.string(),
  order: v.number(),
  paragraphs: v.array(ParagraphSchema)
})

/** What an editors' annotation is about; the glossary groups by it, in this order. */
export const ANNOTATION_KINDS = [
  'person',
  'organization',
  'treaty',
  'event',
  'place',
  'date',
  'term'
] as const

/** Where an annotation's quote stands: offsets count UTF-16 units into the paragraph's plain `text`. */
export const AnnotationOccurrenceSchema = v.object({
  chapterId: v.string(),
  paragraphId: v.string(),
  start: v.number(),
  end: v.number()
})

/** An editors' note, written by the editors and never part of the author's text. */
export const AnnotationSchema = v.object({
  id: v.string(),
  kind: v.picklist(ANNOTATION_KINDS),
  title: v.string(),
  note: v.string(),
  sources: v.array(v.object({ citation: v.string() })),
  related: v.array(v.string()),
  /** "YYYY" or "YYYY-MM-DD", so plain string order is chronological order; null when undated. */
  date: v.nullable(v.string()),
  /** Empty for a note that belongs to the edition as a whole (e.g. the author): shown on the title page. */
  occurrences: v.array(AnnotationOccurrenceSchema)
})

/** The file main loads: one per edition, written by the content build. */
export const CompiledEditionSchema = v.object({
  formatVersion: v.literal(1),
  meta: EditionMetaSchema,
  chapters: v.array(CompiledChapterSchema),
  annotations: v.array(AnnotationSchema)
})

export type EditionSummary = v.InferOutput<typeof EditionSummarySchema>
export type TocEntry = v.InferOutput<typeof TocEntrySchema>
export type EditionMeta = v.InferOutput<typeof EditionMetaSchema>
export type Paragraph = v.InferOutput<typeof ParagraphSchema>
export type CompiledChapter = v.InferOutput<typeof CompiledChapterSchema>
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number]
export type AnnotationOccurrence = v.InferOutput<typeof AnnotationOccurrenceSchema>
export type Annotation = v.InferOutput<typeof AnnotationSchema>
export type CompiledEdition = v.InferOutput<typeof CompiledEditionSchema>

/** A chapter as the reader receives it, with its neighbours for previous/next. */
export interface Chapter extends CompiledChapter {
  readonly previousId: string | null
  readonly nextId: string | null
}
