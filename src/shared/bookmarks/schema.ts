import * as v from 'valibot'
import type { Reason } from '../i18n/reasons'

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
/** An export of a full edition (10,000 bookmarks with short notes) is about 5 MB; nothing real is larger. */
export const MAX_IMPORT_CHARS = 5 * 1024 * 1024
/** Far above any reader's use, and keeps each save of bookmarks.json well under a second. */
export const MAX_BOOKMARKS_PER_EDITION = 10_000
/** At most this many skipped or rejected items are listed one by one; the rest are counted. */
export const MAX_IMPORT_ISSUES_LISTED = 200
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

/**
 * What an import did: counts, and each skipped or rejected item named by its quote (or its place in
 * the file) with a reason in plain words. Never the items themselves: a report stays small.
 */
export interface ImportIssue {
  /** Counts items of the imported file from 0. */
  index: number
  /** The item's quote (`item.quoted`), or its place, “Item 3” (`item.numbered`), as typed messages. */
  item: Reason
  reason: Reason
}

export interface ImportReport {
  added: number
  skipped: ImportIssue[]
  rejected: ImportIssue[]
  /** Skipped and rejected items beyond the first MAX_IMPORT_ISSUES_LISTED, counted but not listed. */
  unlisted: { skipped: number; rejected: number }
}
