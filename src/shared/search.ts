/**
 * Search results as the reader shows them: grouped by chapter, with highlight ranges. Schemas are the
 * source of truth (like edition.ts): main checks what the search worker sends back with them, and the
 * types below are inferred from them.
 */
import * as v from 'valibot'

/** Search reads at most this many characters of a query; the search box holds no more (maxlength). */
export const MAX_QUERY_CHARS = 1000

/** Half-open range [start, end) in UTF-16 units. */
export const TextRangeSchema = v.object({ start: v.number(), end: v.number() })

export const SnippetSchema = v.object({
  text: v.string(),
  /** Offset of `text` within the paragraph text, so the reader can map back. */
  offset: v.number(),
  leadingEllipsis: v.boolean(),
  trailingEllipsis: v.boolean(),
  /** Ranges relative to `text`. */
  highlights: v.array(TextRangeSchema)
})

export const SearchHitSchema = v.object({
  chapterId: v.string(),
  paragraphId: v.string(),
  score: v.number(),
  /**
   * The matches around the snippet, in the paragraph text's offsets (for a note hit: every match in the
   * note). The open chapter's marks come from ChapterHighlights, bounded per paragraph.
   */
  ranges: v.array(TextRangeSchema),
  snippet: SnippetSchema,
  /** 'note' when the match is in an editors' note anchored in this passage; absent means 'text'. */
  source: v.optional(v.picklist(['text', 'note'])),
  /** The note's annotation id, for a hit with source 'note'. */
  annotationId: v.optional(v.string())
})

export const SearchGroupSchema = v.object({
  chapterId: v.string(),
  chapterTitle: v.string(),
  /** The chapter's place in reading order (0 = first), so hits can be stepped through in reading order. */
  order: v.number(),
  /** Matching passages in the chapter. */
  hitCount: v.number(),
  /** Every matching paragraph of the chapter, in reading order. */
  paragraphIds: v.array(v.string()),
  /** How many times the query stands in each of them (same order): the stops of "n of m". */
  occurrences: v.array(v.number()),
  /** The first of them with snippets; a large edition bounds how many snippets one query computes. */
  hits: v.array(SearchHitSchema)
})

export const SearchNoticeSchema = v.variant('kind', [
  v.object({ kind: v.literal('empty-query') }),
  v.object({ kind: v.literal('no-results') }),
  /** No passage has every word: these have `matched` of the query's `of` words. */
  v.object({ kind: v.literal('partial'), matched: v.number(), of: v.number() }),
  v.object({
    kind: v.literal('corrected'),
    /** What was searched for, in the reader's own casing. */
    correctedQuery: v.string(),
    /** What was typed: "Search instead for" runs it with `asTyped`. */
    typedQuery: v.string()
  }),
  /** Nothing to search: only words to leave out, or no word at all. The page words it (issue 12). */
  v.object({ kind: v.literal('invalid-query'), problem: v.picklist(['exclusions-only', 'no-words']) }),
  /** The query holds only very common words, searched as written (an exact pass over the text). */
  v.object({ kind: v.literal('common-words'), words: v.string() }),
  /** The query was longer than search reads; it was cut at `limit` characters. */
  v.object({ kind: v.literal('cut'), limit: v.number() })
])

export const SearchResultsSchema = v.object({
  query: v.string(),
  /** Matching passages of the text. */
  totalHits: v.number(),
  /** Occurrences of the query in them: the m of "n of m". */
  totalOccurrences: v.number(),
  groups: v.array(SearchGroupSchema),
  notice: v.nullable(SearchNoticeSchema),
  /**
   * Matches in the editors' notes, best first. Kept apart from `groups` so the author's text and the
   * editors' text are never mixed, and `totalHits` keeps counting passages of the text only.
   */
  noteHits: v.optional(v.array(SearchHitSchema))
})

/** How a query is taken. */
export const SearchOptionsSchema = v.object({
  /** Every word exactly as typed: no spelling correction ("Search instead for …"). */
  asTyped: v.boolean()
})
export type SearchOptions = v.InferOutput<typeof SearchOptionsSchema>
export const AS_CORRECTED: SearchOptions = { asTyped: false }

/** Every match of a query in one chapter, for highlighting the open page. */
export const ChapterHighlightsSchema = v.object({
  chapterId: v.string(),
  query: v.string(),
  paragraphs: v.array(v.object({ paragraphId: v.string(), ranges: v.array(TextRangeSchema) }))
})

export type TextRange = Readonly<v.InferOutput<typeof TextRangeSchema>>
export type Snippet = v.InferOutput<typeof SnippetSchema>
export type SearchHit = v.InferOutput<typeof SearchHitSchema>
export type SearchGroup = v.InferOutput<typeof SearchGroupSchema>
export type SearchNotice = v.InferOutput<typeof SearchNoticeSchema>
export type SearchResults = v.InferOutput<typeof SearchResultsSchema>
export type ChapterHighlights = v.InferOutput<typeof ChapterHighlightsSchema>
