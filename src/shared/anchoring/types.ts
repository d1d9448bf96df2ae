/**
 * Selector shapes named after the W3C Web Annotation Data Model, so an exported
 * bookmark is a standard annotation without translation:
 * https://www.w3.org/TR/annotation-model/#text-position-selector
 * https://www.w3.org/TR/annotation-model/#text-quote-selector
 */

/** Character offsets into a chapter's plain text; `end` is exclusive. */
export interface TextPositionSelector {
  type: 'TextPositionSelector'
  start: number
  end: number
}

/** The passage itself plus a little context on each side, used to find it again after the text changes. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector'
  exact: string
  prefix: string
  suffix: string
}

/** Both selectors of one passage. Position is a fast hint; the quote is the source of truth. */
export interface PassageSelectors {
  position: TextPositionSelector
  quote: TextQuoteSelector
}

/** Where a passage lives in an edition: the chapter and paragraph plus the selectors inside the chapter. */
export interface PassageAnchor extends PassageSelectors {
  chapterId: string
  paragraphId: string
}

/** How a passage was found: each method is less certain than the one before. */
export type AnchorMethod = 'position' | 'quote' | 'approximate'

export interface AnchorMatch {
  start: number
  end: number
  method: AnchorMethod
}

/** What re-anchoring needs: the quote always, the old position only as a hint. */
export interface AnchorInput {
  position?: TextPositionSelector
  quote: TextQuoteSelector
}
