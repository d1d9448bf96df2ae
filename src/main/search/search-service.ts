/**
 * Elshi's search: words are ANDed, "phrases" are exact, -word excludes, the last word matches as a
 * prefix while typing, a misspelled word is corrected. Lunr's BM25 weights rank chapters (its string
 * query parser is never used, so no input can throw); the postings locate paragraphs; our tokenizer
 * computes highlight ranges from the text.
 */
import type { CompiledEdition } from '../../shared/edition'
import type {
  ChapterHighlights,
  SearchHit,
  SearchNotice,
  SearchOptions,
  SearchResults
} from '../../shared/search'
import type { SerializedSearchIndex } from './build-index'
import { buildSearchFile } from './build-search-file'
import { rankerFromWeights } from './chapter-rank'
import { groupResults } from './group-results'
import { matchRanges, scannedTokens } from './match-ranges'
import { createNoteSearch } from './note-search'
import { occurrencesOf } from './occurrences'
import { MAX_QUERY_CHARS, parseQuery } from './parse-query'
import { closenessOf, proximityOrder, rank } from './proximity'
import { paragraphTable } from './paragraph-table'
import type { Texts } from './paragraph-texts'
import { PostingsTable } from './postings'
import { resolveQuery, type Resolution, type SearchData } from './resolve-query'
import type { SearchFile } from './search-file'
import { indexTermOf } from './tokenize'
import { Vocabulary } from './vocabulary'
import { encodeWordPositions, WordPositions } from './word-positions'

/** Highlights computed per chapter, at most (a page of 10,000 matching passages stays responsive). */
export const MAX_HIGHLIGHTED_PARAGRAPHS = 1000

export interface SearchService {
  search(query: string, options?: SearchOptions): SearchResults
  /** Every match in one chapter, for highlighting the page the reader has open. */
  highlights(chapterId: string, query: string, options?: SearchOptions): ChapterHighlights
}

function emptyNotice(query: string, hasExclusions: boolean): SearchNotice {
  if (query.trim() === '') return { kind: 'empty-query' }
  return { kind: 'invalid-query', problem: hasExclusions ? 'exclusions-only' : 'no-words' }
}

/** A query longer than the bound is read up to it; the reader is told, calmly. */
function cutNotice(query: string): SearchNotice | null {
  if (query.length <= MAX_QUERY_CHARS) return null
  return { kind: 'cut', limit: MAX_QUERY_CHARS }
}

function sum(numbers: Int32Array): number {
  let total = 0
  for (let i = 0; i < numbers.length; i++) total += numbers[i]!
  return total
}

/** The chapters of ascending ordinals, each once. */
function chaptersOf(ordinals: readonly number[], table: SearchData['table']): number[] {
  const chapters: number[] = []
  for (const ordinal of ordinals) {
    const chapter = table.chapterOf[ordinal]!
    if (chapters.at(-1) !== chapter) chapters.push(chapter)
  }
  return chapters
}

/** Straight from a compiled edition and its index (tests, the benchmark's build step). */
export function createSearchService(edition: CompiledEdition, index: SerializedSearchIndex): SearchService {
  const texts = edition.chapters.flatMap((chapter) => chapter.paragraphs.map((paragraph) => paragraph.text))
  const encoded = encodeWordPositions(texts)
  const positions = WordPositions.of(encoded.words, encoded.lengths, Buffer.from(encoded.records, 'latin1'))!
  return searchServiceOf(buildSearchFile(edition, index, encoded), texts, positions)
}

/** From search.json, the paragraph texts and the word positions: what the app loads. */
export function searchServiceOf(file: SearchFile, texts: Texts, positions: WordPositions): SearchService {
  const data: SearchData = {
    language: file.language,
    table: paragraphTable(file, texts),
    postings: new PostingsTable(file.table.postings, file.table.counts),
    vocabulary: new Vocabulary(file.table.words, file.table.terms),
    positions
  }

  const searchNotes = createNoteSearch(file)

  // The reader asks for results, then for the open chapter's highlights, with the same query.
  let last: {
    key: string
    resolution: Resolution
    hasExclusions: boolean
    noteHits: SearchHit[]
  } | null = null
  const resolve = (query: string, options: SearchOptions = { asTyped: false }): NonNullable<typeof last> => {
    const key = `${options.asTyped ? 1 : 0}${query}`
    if (last?.key !== key) {
      const parsed = parseQuery(query)
      last = {
        key,
        resolution: resolveQuery(query, parsed, data, options),
        hasExclusions: parsed.excluded.length > 0,
        noteHits: searchNotes(query, parsed, options)
      }
    }
    return last
  }

  /** Lunr's BM25 scores of whole chapters for the clauses' terms (see chapter-rank.ts). */
  const rankChapters = rankerFromWeights(file.ranking)
  const chapterScores = (resolution: Resolution): Map<number, number> =>
    rankChapters(new Set(resolution.matchers.flatMap((matcher) => [...matcher.terms])))

  return {
    search(query, options) {
      const { resolution, hasExclusions, noteHits } = resolve(query, options)
      const none = { query, totalHits: 0, totalOccurrences: 0, groups: [] }
      if (resolution.matchers.length === 0 && noteHits.length === 0)
        return { ...none, notice: emptyNotice(query, hasExclusions) }
      if (resolution.ordinals.length === 0)
        return { ...none, notice: noteHits.length ? null : { kind: 'no-results' }, noteHits }
      // By chapter in an array: the sorts below read it thousands of times.
      const scores = new Float64Array(data.table.chapters.length)
      for (const [chapter, score] of chapterScores(resolution)) scores[chapter] = score
      const bm25 = (chapter: number): number => scores[chapter]!
      const byBm25 = chaptersOf(resolution.ordinals, data.table).sort((a, b) => bm25(b) - bm25(a) || a - b)
      const closeness = closenessOf(
        resolution.ordinals,
        byBm25,
        resolution.sequence,
        (word) => indexTermOf(word, file.language) === null,
        data,
        resolution.matchers.length === 1 && resolution.matchers[0]!.clause.kind === 'phrase'
      )
      const occurrences = occurrencesOf(resolution.ordinals, resolution.matchers, data)
      const groups = groupResults(
        resolution.ordinals,
        occurrences,
        bm25,
        proximityOrder(byBm25, bm25, closeness.chapters),
        (ordinal) => rank(closeness.passages.get(ordinal)),
        resolution.matchers,
        data.table,
        data.positions
      )
      return {
        query,
        totalHits: resolution.ordinals.length,
        totalOccurrences: sum(occurrences),
        groups,
        notice: resolution.notice ?? cutNotice(query),
        noteHits
      }
    },

    highlights(chapterId, query, options) {
      const { table } = data
      const span = table.chapters.find((chapter) => chapter.id === chapterId)
      const { resolution } = resolve(query, options)
      const paragraphs = span
        ? resolution.ordinals
            .filter((ordinal) => ordinal >= span.first && ordinal < span.first + span.count)
            // A chapter of thousands of matching passages: its first ones are marked, all are counted.
            .slice(0, MAX_HIGHLIGHTED_PARAGRAPHS)
            .map((ordinal) => ({
              paragraphId: table.ids[ordinal]!,
              ranges: matchRanges(scannedTokens(table.texts.at(ordinal)!), resolution.matchers)
            }))
        : []
      return { chapterId, query, paragraphs }
    }
  }
}
