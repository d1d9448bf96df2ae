/**
 * Where focus goes when the app moves it between the frame's parts: the text of the view (the paragraph
 * of ?p=, else the view's heading), the first control of a pane, a pane's current item.
 */
import { paragraphElementId } from './domIds'
import { focusHeading, moveFocus } from './focusRing'

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([type="hidden"]), select, textarea, [tabindex]'
/** Every view's root element in the page (chapter, title page, glossary, timeline, bookmarks, restore). */
export const VIEW_ROOT = '.page .reading-column'

export const isShown = (element: Element): boolean => element.getClientRects().length > 0

/** The first control in `pane` that is shown and reachable by Tab. */
export function firstFocusable(pane: Element): HTMLElement | null {
  return (
    [...pane.querySelectorAll<HTMLElement>(FOCUSABLE)].find((el) => el.tabIndex >= 0 && isShown(el)) ?? null
  )
}

/** The text: the passage the address points at (the open hit), else the view's heading. */
export function focusText(paragraphId: string | null): boolean {
  const paragraph = paragraphId ? document.getElementById(paragraphElementId(paragraphId)) : null
  if (paragraph) return moveFocus(paragraph)
  const view = document.querySelector<HTMLElement>(VIEW_ROOT)
  return view ? focusHeading(view) : moveFocus(document.querySelector<HTMLElement>('main'))
}
