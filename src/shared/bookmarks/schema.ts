import * as v from 'valibot'

/**
 * Records and arguments of the bookmarks feature. Main validates every IPC payload and every record it
 * writes with these, because one invalid record would make the whole file fail validation at the next
 * start. The renderer imports the inferred types, so the shapes are written once.
 */

/** A small fixed set, so labels can be shown as colours and filtered on; `null` means no label. */
export const BOOKMARK_LABELS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const
export const MAX_NOTE_LENGTH = 20_000
export const MAX_QUOTE_LENGTH = 100_000
export const MAX_CONTEXT_LENGTH = 1_000
/** Far above any real export (10,000 bookmarks are ~7 MB) yet small enough to parse without stalling. */
export const MAX_IMPORT_CHARS = 64 * 1024 * 1024
const MAX_ID_LENGTH = 200

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID_LENGTH))
const Offset = v.pipe(v.number(), v.integer(), v.minValue(0))
const Timestamp = v.pipe(v.string(), v.isoTimestamp())

export const TextPositionSelectorSchema = v.pipe(
  v.strictObject({ type: v.literal('TextPositionSelector'), start: Offset, end: Offset }),
  v.check((s) => s.end >= s.start, 'A position selector must not end before it starts')
)

export const TextQuoteSelectorSchema = v.strictObject({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_QUOTE_LENGTH)),
  prefix: v.pipe(v.string(), v.maxLength(MAX_CONTEXT_LENGTH)),
  suffix: v.pipe(v.string(), v.maxLength(MAX_CONTEXT_LENGTH))
})

/** An empty paragraph id means "not known" (e.g. an imported bookmark not yet re-anchored). */
export const PassageAnchorSchema = v.strictObject({
  chapterId: Id,
  paragraphId: v.pipe(v.string(), v.maxLength(MAX_ID_LENGTH)),
  position: TextPositionSelectorSchema,
  quote: TextQuoteSelectorSchema
})

export const BookmarkLabelSchema = v.nullable(v.picklist(BOOKMARK_LABELS))
export const BookmarkNoteSchema = v.pipe(v.string(), v.maxLength(MAX_NOTE_LENGTH))
export const BookmarkStatusSchema = v.picklist(['anchored', 'orphaned'])

export const BookmarkSchema = v.strictObject({
  id: v.pipe(v.string(), v.uuid()),
  editionId: Id,
  anchor: PassageAnchorSchema,
  note: BookmarkNoteSchema,
  label: BookmarkLabelSchema,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** 'orphaned': the passage could not be found in the edition's current text; the record is kept. */
  status: BookmarkStatusSchema
})

export const ReadingPositionSchema = v.strictObject({
  editionId: Id,
  chapterId: Id,
  paragraphId: Id,
  updatedAt: Timestamp
})

// Arguments of the service methods (and later of the IPC calls that reach them).
export const ListBookmarksArgsSchema = v.strictObject({ editionId: Id })
export const AddBookmarkArgsSchema = v.strictObject({
  editionId: Id,
  anchor: PassageAnchorSchema,
  note: v.optional(BookmarkNoteSchema),
  label: v.optional(BookmarkLabelSchema)
})
export const UpdateBookmarkArgsSchema = v.pipe(
  v.strictObject({
    id: v.pipe(v.string(), v.uuid()),
    note: v.optional(BookmarkNoteSchema),
    label: v.optional(BookmarkLabelSchema)
  }),
  v.check((a) => a.note !== undefined || a.label !== undefined, 'Nothing to update: give a note or a label')
)
export const RemoveBookmarkArgsSchema = v.strictObject({ id: v.pipe(v.string(), v.uuid()) })
export const SetReadingPositionArgsSchema = v.strictObject({ editionId: Id, chapterId: Id, paragraphId: Id })

export type BookmarkLabel = (typeof BOOKMARK_LABELS)[number]
export type BookmarkStatus = v.InferOutput<typeof BookmarkStatusSchema>
export type Bookmark = v.InferOutput<typeof BookmarkSchema>
export type ReadingPosition = v.InferOutput<typeof ReadingPositionSchema>
export type ListBookmarksArgs = v.InferOutput<typeof ListBookmarksArgsSchema>
export type AddBookmarkArgs = v.InferOutput<typeof AddBookmarkArgsSchema>
export type UpdateBookmarkArgs = v.InferOutput<typeof UpdateBookmarkArgsSchema>
export type RemoveBookmarkArgs = v.InferOutput<typeof RemoveBookmarkArgsSchema>
export type SetReadingPositionArgs = v.InferOutput<typeof SetReadingPositionArgsSchema>

/** What an import did, item by item: indexes count items of the imported file from 0. */
export interface ImportReport {
  added: Bookmark[]
  skipped: { index: number; reason: string }[]
  rejected: { index: number; reason: string }[]
}
