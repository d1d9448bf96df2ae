import * as v from 'valibot'
import { BookmarkSchema, ReadingPositionSchema } from '../../shared/bookmarks/schema'
import type { JsonFileDefinition } from '../storage/file-envelope'

/**
 * One file per concern (the durability rules): bookmarks change on user actions, reading
 * positions on every scroll, so a burst of position writes never rewrites the bookmarks file.
 * Version 1 is the first; a later shape gets version 2 and a `migrations[1]`.
 */
const BookmarksDataSchema = v.strictObject({ bookmarks: v.array(BookmarkSchema) })
export type BookmarksData = v.InferOutput<typeof BookmarksDataSchema>

/** Of records sharing a key, the most recently changed one wins; the order of first appearance stays. */
export function keepNewest<R extends { updatedAt: string }>(
  records: readonly R[],
  key: (r: R) => string
): R[] {
  const newest = new Map<string, R>()
  for (const record of records) {
    const seen = newest.get(key(record))
    if (!seen || record.updatedAt > seen.updatedAt) newest.set(key(record), record)
  }
  return [...newest.values()]
}

export const bookmarksFile: JsonFileDefinition<BookmarksData> = {
  name: 'bookmarks.json',
  store: 'bookmarks',
  version: 1,
  schema: BookmarksDataSchema,
  migrations: {},
  empty: () => ({ bookmarks: [] }),
  records: {
    ids: (data) => data.bookmarks.map((b) => b.id),
    mergeDuplicates: (data) => ({ bookmarks: keepNewest(data.bookmarks, (b) => b.id) })
  },
  count: (data) => data.bookmarks.length
}

const ReadingPositionsDataSchema = v.strictObject({ positions: v.array(ReadingPositionSchema) })
export type ReadingPositionsData = v.InferOutput<typeof ReadingPositionsDataSchema>

export const readingPositionsFile: JsonFileDefinition<ReadingPositionsData> = {
  name: 'reading-positions.json',
  store: 'positions',
  version: 1,
  schema: ReadingPositionsDataSchema,
  migrations: {},
  empty: () => ({ positions: [] }),
  records: {
    ids: (data) => data.positions.map((p) => p.editionId),
    mergeDuplicates: (data) => ({ positions: keepNewest(data.positions, (p) => p.editionId) })
  }
}
