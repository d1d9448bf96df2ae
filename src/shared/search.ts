/** Search results as the reader shows them: grouped by chapter, with highlight ranges. */

/** Half-open range [start, end) in UTF-16 units. */
export interface TextRange {
  readonly start: number
  readonly end: number
}

export interface Snippet {
  readonly text: string
  /** Offset of `text` within the paragraph text, so the reader can map back. */
  readonly offset: number
  readonly leadingEllipsis: boolean
  readonly trailingEllipsis: boolean
  /** Ranges relative to `text`. */
  readonly highlights: readonly TextRange[]
}

export interface SearchHit {
  readonly chapterId: string
  readonly paragraphId: string
  readonly score: number
  /** Every match in the whole paragraph text (for a note hit: in the note), for highlighting. */
  readonly ranges: readonly TextRange[]
  readonly snippet: Snippet
  /** 'note' when the match is in an editors' note anchored in this passage; absent means 'text'. */
  readonly source?: 'text' | 'note'
  /** The note's annotation id, for a hit with source 'note'. */
  readonly annotationId?: string
}

export interface SearchGroup {
  readonly chapterId: string
  readonly chapterTitle: string
  readonly hitCount: number
  readonly hits: readonly SearchHit[]
}

export type SearchNotice =
  | { readonly kind: 'empty-query' }
  | { readonly kind: 'no-results' }
  | { readonly kind: 'partial'; readonly message: string }
  | { readonly kind: 'corrected'; readonly message: string; readonly correctedQuery: string }
  | { readonly kind: 'invalid-query'; readonly message: string }

export interface SearchResults {
  readonly query: string
  readonly totalHits: number
  readonly groups: readonly SearchGroup[]
  readonly notice: SearchNotice | null
  /**
   * Matches in the editors' notes, best first. Kept apart from `groups` so the author's text and the
   * editors' text are never mixed, and `totalHits` keeps counting passages of the text only.
   */
  readonly noteHits?: readonly SearchHit[]
}
