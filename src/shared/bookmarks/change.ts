import * as v from 'valibot'

/**
 * Pushed by main after a mutation is on disk, so every window can refresh the editions it shows. A
 * schema, not only a type: the preload checks each push with it before the page sees it.
 */
export const BookmarkChangeSchema = v.strictObject({
  reason: v.picklist(['added', 'updated', 'removed', 'restored', 'reanchored', 'imported']),
  editionIds: v.array(v.string()),
  bookmarkIds: v.array(v.string())
})

export type BookmarkChange = v.InferOutput<typeof BookmarkChangeSchema>
