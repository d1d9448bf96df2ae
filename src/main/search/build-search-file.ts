/** Build time only: the compiled edition and its index → search.json, what the search worker loads. */
import lunr from 'lunr'
import type { CompiledEdition } from '../../shared/edition'
import type { SerializedSearchIndex } from './build-index'
import { chapterWeights } from './chapter-weights'
import { noteDocuments } from './note-documents'
import { SEARCH_FILE_FORMAT, type SearchFile, type TermTable } from './search-file'
import type { EncodedPositions } from './word-positions'

const fileTable = ({ vocabulary, postings, counts }: SerializedSearchIndex['notes']): TermTable => ({
  words: vocabulary.map(([word]) => word),
  terms: vocabulary.map(([, term]) => term),
  postings,
  counts
})

/** `positions`: encodeWordPositions of the paragraph texts (its records go to search-positions.txt). */
export function buildSearchFile(
  edition: CompiledEdition,
  index: SerializedSearchIndex,
  positions: EncodedPositions
): SearchFile {
  const paragraphs = edition.chapters.flatMap((chapter) => chapter.paragraphs)
  let first = 0
  const chapters = edition.chapters.map((chapter) => {
    const span = { id: chapter.id, title: chapter.title, first, count: chapter.paragraphs.length }
    first += span.count
    return span
  })
  return {
    formatVersion: SEARCH_FILE_FORMAT,
    language: index.language,
    ids: paragraphs.map((paragraph) => paragraph.id),
    textBytes: paragraphs.map((paragraph) => Buffer.byteLength(paragraph.text)),
    chapters,
    ranking: chapterWeights(lunr.Index.load(index.lunr), 'terms'),
    table: fileTable(index),
    notes: { documents: noteDocuments(edition), table: fileTable(index.notes) },
    positions: { words: positions.words, lengths: positions.lengths }
  }
}
