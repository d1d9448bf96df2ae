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

export const bookmarksFile: JsonFileDefinition<BookmarksData> = {
  name: 'bookmarks.json',
  version: 1,
  schema: BookmarksDataSchema,
  migrations: {},
  empty: () => ({ bookmarks: [] })
}

const ReadingPositionsDataSchema = v.strictObject({ positions: v.array(ReadingPositionSchema) })
export type ReadingPositionsData = v.InferOutput<typeof ReadingPositionsDataSchema>

export const readingPositionsFile: JsonFileDefinition<ReadingPositionsData> = {
  name: 'reading-positions.json',
  version: 1,
  schema: ReadingPositionsDataSchema,
  migrations: {},
  empty: () => ({ positions: [] })
}
