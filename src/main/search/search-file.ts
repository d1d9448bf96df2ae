/**
 * search.json: everything an edition's search needs but the texts (paragraph-texts.ts), written at build
 * time so the search worker never reads the edition's HTML (22 MB for SOTU; this file is ~5 MB). Big arrays and tables are checked with plain loops rather than a schema per
 * element (valibot builds an output object for each, which on 13k paragraphs and 25k words was most
 * of the load time); a damaged file is still refused, naming the part that is wrong.
 */
import * as v from 'valibot'

export const SEARCH_FILE_FORMAT = 6

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string')

function isStringTable(value: unknown): value is Record<string, string> {
  if (!isRecord(value)) return false
  // for…in, not Object.values: no 15k-element array to build just to look at it.
  for (const key in value) if (typeof value[key] !== 'string') return false
  return true
}

const isLengthArray = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((item) => Number.isInteger(item) && item >= 0)

const StringArraySchema = v.custom<string[]>(isStringArray, 'expected an array of strings')
const StringTableSchema = v.custom<Record<string, string>>(isStringTable, 'expected a table of strings')

const TermTableSchema = v.pipe(
  v.object({
    /**
     * The vocabulary: normalized words sorted (prefix expansion, typo correction) and the index term
     * of each. Two flat arrays rather than [word, term] pairs: 25k fewer arrays to parse and check.
     */
    words: StringArraySchema,
    terms: StringArraySchema,
    /** index term → paragraph ordinals in reading order (see postings.ts). */
    postings: StringTableSchema,
    /** index term → occurrences per paragraph of its postings, less one; only terms repeated somewhere. */
    counts: StringTableSchema
  }),
  v.check((table) => table.words.length === table.terms.length, 'the words and their terms do not correspond')
)

const ChapterSpanSchema = v.object({
  id: v.string(),
  title: v.string(),
  first: v.number(),
  count: v.number()
})

const NoteDocumentSchema = v.object({
  annotationId: v.string(),
  chapterId: v.string(),
  paragraphId: v.string(),
  text: v.string()
})

export const SearchFileSchema = v.pipe(
  v.object({
    formatVersion: v.literal(SEARCH_FILE_FORMAT),
    language: v.string(),
    /** Paragraph ids in reading order: the ordinals the postings hold. */
    ids: StringArraySchema,
    /** Each paragraph's length in bytes in search-texts.txt (see paragraph-texts.ts). */
    textBytes: v.custom<number[]>(isLengthArray, 'expected byte lengths'),
    /** Each chapter's run of paragraphs, in reading order (a few hundred at most). */
    chapters: v.array(ChapterSpanSchema),
    /** Lunr's BM25 weight of each term in each chapter (see chapter-weights.ts). */
    ranking: StringTableSchema,
    table: TermTableSchema,
    /** The editors' notes (note-documents.ts) and their own term table. */
    notes: v.object({ documents: v.array(NoteDocumentSchema), table: TermTableSchema }),
    /**
     * Every normalized word of the texts, stop words included, sorted, and the byte length of each
     * one's record in search-positions.txt (word-positions.ts), as number-text.ts text.
     */
    positions: v.object({ words: StringArraySchema, lengths: v.string() })
  }),
  v.check(
    (file) =>
      file.chapters.every(
        (span, at) =>
          span.first === (at === 0 ? 0 : file.chapters[at - 1]!.first + file.chapters[at - 1]!.count) &&
          Number.isInteger(span.count) &&
          span.count >= 0
      ) && (file.chapters.at(-1)?.first ?? 0) + (file.chapters.at(-1)?.count ?? 0) === file.ids.length,
    'the chapters do not cover the paragraphs in order'
  )
)

export type SearchFile = v.InferOutput<typeof SearchFileSchema>
export type TermTable = v.InferOutput<typeof TermTableSchema>
