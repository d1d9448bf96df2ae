/** Messages between main and the search worker. Replies are validated: the worker is code, not trust. */
import * as v from 'valibot'
import { ChapterHighlightsSchema, SearchOptionsSchema, SearchResultsSchema } from '../../../shared/search'

export const WorkerDataSchema = v.object({ editionDir: v.string() })

export const WorkerRequestSchema = v.variant('method', [
  v.object({
    id: v.number(),
    method: v.literal('search'),
    query: v.string(),
    options: v.optional(SearchOptionsSchema)
  }),
  v.object({
    id: v.number(),
    method: v.literal('highlights'),
    chapterId: v.string(),
    query: v.string(),
    options: v.optional(SearchOptionsSchema)
  })
])
export type WorkerRequest = v.InferOutput<typeof WorkerRequestSchema>

export const WorkerReplySchema = v.variant('kind', [
  v.object({ kind: v.literal('ready') }),
  v.object({ kind: v.literal('load-failed'), code: v.string(), message: v.string() }),
  v.object({ kind: v.literal('search'), id: v.number(), value: SearchResultsSchema }),
  v.object({ kind: v.literal('highlights'), id: v.number(), value: ChapterHighlightsSchema }),
  v.object({ kind: v.literal('failed'), id: v.number(), message: v.string() })
])
export type WorkerReply = v.InferOutput<typeof WorkerReplySchema>
