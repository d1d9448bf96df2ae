/** What a query is resolved against: one edition's (or its notes') tables, as loaded for search. */
import type { ParagraphTable } from './paragraph-table'
import type { PostingsTable } from './postings'
import type { Vocabulary } from './vocabulary'
import type { WordPositions } from './word-positions'

export interface SearchData {
  readonly language: string
  readonly table: ParagraphTable
  readonly postings: PostingsTable
  readonly vocabulary: Vocabulary
  readonly positions: WordPositions
}
