/**
 * How an annotated span looks to the reader and to assistive technology: a subtle mark that works as a
 * disclosure button for its editors' note. Only the first piece of a span that markup or an overlap cut
 * into pieces is a tab stop, so each note is one stop on the keyboard; every piece answers a click.
 */
import type { TextRange } from '../../../shared/search'
import { noteElementId, noteTextId } from './domIds'
import type { WrapSpec } from './markRanges'

export interface NoteMark extends TextRange {
  readonly annotationId: string
}

/** A hidden hint every closed mark points at, rendered once by the chapter. */
export const NOTE_HINT_ID = 'annotation-hint'

export function noteMarkSpecs(marks: readonly NoteMark[], openId: string | null): WrapSpec[] {
  return marks.map(({ start, end, annotationId }) => ({
    start,
    end,
    wrap(document, piece) {
      const span = document.createElement('span')
      const open = annotationId === openId
      span.className = open ? 'annotation-mark open' : 'annotation-mark'
      span.dataset['annotationId'] = annotationId
      if (piece === 0) {
        span.setAttribute('role', 'button')
        span.tabIndex = 0
        span.setAttribute('aria-expanded', String(open))
        span.setAttribute('aria-describedby', open ? noteTextId(annotationId) : NOTE_HINT_ID)
        if (open) span.setAttribute('aria-controls', noteElementId(annotationId))
      }
      return span
    }
  }))
}

/** The mark to return focus to when a note closes. */
export function focusableMark(paragraph: Element, annotationId: string): HTMLElement | null {
  for (const element of paragraph.querySelectorAll<HTMLElement>('[data-annotation-id][tabindex="0"]'))
    if (element.dataset['annotationId'] === annotationId) return element
  return null
}
