/**
 * Search in the editors' notes, with the same query language as the text. The notes have their own
 * term table, so a note hit never counts as, or ranks among, the author's passages.
 */
import type { SearchHit } from '../../shared/search'
import { shownHit } from './hit-window'
import { occurrencesOf } from './occurrences'
import type { ParsedQuery } from './parse-query'
import { PostingsTable } from './postings'
import { resolveQuery, type ResolveOptions, type SearchData } from './resolve-query'
import type { SearchFile } from './search-file'
import { Vocabulary } from './vocabulary'
import { WordPositions } from './word-positions'

export type NoteSearch = (query: string, parsed: ParsedQuery, options?: ResolveOptions) => SearchHit[]

function noteData(file: Pick<SearchFile, 'language' | 'notes'>): SearchData {
  const notes = file.notes.documents
  return {
    language: file.language,
    table: {
      ids: notes.map((note) => note.annotationId),
      texts: notes.map((note) => note.text),
      bytes: notes.map((note) => Buffer.byteLength(note.text)),
      chapterOf: new Int32Array(notes.length),
      chapters: [{ id: 'notes', title: '', first: 0, count: notes.length }]
    },
    postings: new PostingsTable(file.notes.table.postings, file.notes.table.counts),
    vocabulary: new Vocabulary(file.notes.table.words, file.notes.table.terms),
    positions: WordPositions.fromTexts(notes.map((note) => note.text))
  }
}

export function createNoteSearch(file: Pick<SearchFile, 'language' | 'notes'>): NoteSearch {
  const notes = file.notes.documents
  if (notes.length === 0) return () => []
  // Built at the first query: the notes' positions are found from their texts (a few hundred short
  // notes, not stored), which would otherwise lengthen every load.
  let built: SearchData | null = null
  return (query, parsed, options) => {
    const data = (built ??= noteData(file))
    const { ordinals, matchers, notice } = resolveQuery(query, parsed, data, options)
    // Notes with only some of the words would crowd the list without saying anything: full matches only.
    if (notice?.kind === 'partial') return []
    // Best first: the notes where the query stands most often (counted from the index).
    const counts = occurrencesOf(ordinals, matchers, data)
    const hits = ordinals.flatMap((ordinal, i) => {
      const note = notes[ordinal]!
      const shown = shownHit(note.text, ordinal, matchers, data.positions)
      if (shown.ranges.length === 0) return []
      return [
        {
          chapterId: note.chapterId,
          paragraphId: note.paragraphId,
          score: counts[i]!,
          ...shown,
          source: 'note' as const,
          annotationId: note.annotationId
        }
      ]
    })
    return hits.sort((a, b) => b.score - a.score)
  }
}
