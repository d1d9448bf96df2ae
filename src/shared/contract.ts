/**
 * The one contract between main, preload and renderer. Adding a method here forces (by type errors)
 * a handler in main and an entry in the preload bridge; the renderer's `window.elshi` type is derived
 * from it. Argument schemas live here so main validates exactly what the types promise.
 */
import * as v from 'valibot'
import type { Annotation, Chapter, EditionMeta, EditionSummary } from './edition'
import type { Result } from './result'
import type { ChapterHighlights, SearchResults } from './search'

const Slug = v.pipe(
  v.string(),
  v.maxLength(120),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes')
)
/** Long enough for any pasted passage; the search layer bounds the work it does per query. */
const Query = v.pipe(v.string(), v.maxLength(20_000))

export const argumentSchemas = {
  listEditions: v.strictTuple([]),
  getEdition: v.strictTuple([Slug]),
  getChapter: v.strictTuple([Slug, Slug]),
  search: v.strictTuple([Slug, Query]),
  getAnnotations: v.strictTuple([Slug]),
  /** Loads the edition's index ahead of the first query, so the reader can be told "preparing search". */
  prepareSearch: v.strictTuple([Slug]),
  searchHighlights: v.strictTuple([Slug, Slug, Query])
} as const

export interface ContractResults {
  listEditions: readonly EditionSummary[]
  getEdition: EditionMeta
  getChapter: Chapter
  search: SearchResults
  /** Every editors' note of the edition, with its resolved occurrences: small, and loaded once. */
  getAnnotations: readonly Annotation[]
  prepareSearch: { readonly ready: true }
  searchHighlights: ChapterHighlights
}

export type Method = keyof ContractResults & keyof typeof argumentSchemas
export type MethodArgs<M extends Method> = v.InferOutput<(typeof argumentSchemas)[M]>

export const methods = Object.keys(argumentSchemas) as readonly Method[]

/** Channel names stay an implementation detail of main and preload; the page never sees them. */
export const channelOf = (method: Method): string => `elshi:${method}`

/** What main implements: plain values, or a thrown ElshiFailure for expected errors. */
export type ContractHandlers = {
  [M in Method]: (...args: MethodArgs<M>) => ContractResults[M] | Promise<ContractResults[M]>
}

/** What the page gets as `window.elshi`. */
export type ElshiApi = {
  [M in Method]: (...args: MethodArgs<M>) => Promise<Result<ContractResults[M]>>
}
