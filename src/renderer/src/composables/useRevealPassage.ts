/**
 * Brings what the address points at into view and gives it focus: the open note (beside its paragraph),
 * the paragraph of ?p=, or the chapter's top. When a note closes in place, focus goes back to the mark
 * that opened it, as a disclosure should. Scrolls only when the target is off screen, so opening a note
 * on a visible paragraph never makes the page jump. A chapter kept aside (see whileShown) reveals nothing
 * while another is in view, and reveals where it was sent again when it comes back.
 */
import { nextTick, ref, watch, type Ref } from 'vue'
import { useHistoryStore } from '../stores/history'
import { noteElementId, paragraphElementId } from './domIds'
import { focusHeading, moveFocus } from './focusRing'
import { focusableMark } from './noteMarks'
import { whileShown } from './whileShown'

export interface RevealTarget {
  readonly chapterId: string | null
  readonly paragraphId: string | null
  /** The note to show, once it is rendered (null until the notes have loaded). */
  readonly annotationId: string | null
}

const offScreen = (element: Element): boolean => {
  const box = element.getBoundingClientRect()
  return box.bottom < 0 || box.top > window.innerHeight
}

function flash(element: HTMLElement): void {
  element.classList.remove('flash')
  void element.offsetWidth
  element.classList.add('flash')
}

export function useRevealPassage(
  target: () => RevealTarget,
  article: Ref<HTMLElement | null>,
  /** Whether the address is this view's (false for a chapter kept aside). */
  inView: () => boolean = () => true
): { markTop: Ref<number>; markBottom: Ref<number> } {
  /** Where the open note's mark sits within its paragraph row, so the note can line up with it. */
  const markTop = ref(0)
  const markBottom = ref(0)
  // Back and Forward put the page where the reader left it: then this only focuses, never scrolls.
  const history = useHistoryStore()
  const scrollTo = (element: Element, options: ScrollIntoViewOptions): void => {
    if (!history.restoring) element.scrollIntoView(options)
  }

  async function reveal(now: RevealTarget, before: RevealTarget | undefined): Promise<void> {
    await nextTick()
    const paragraph = now.paragraphId ? document.getElementById(paragraphElementId(now.paragraphId)) : null
    const note = now.annotationId ? document.getElementById(noteElementId(now.annotationId)) : null
    if (paragraph && note && now.annotationId) {
      const mark = focusableMark(paragraph, now.annotationId)
      markTop.value = mark?.offsetTop ?? 0
      markBottom.value = mark ? mark.offsetTop + mark.offsetHeight : 0
      await nextTick()
      // The mark is what the reader was taken to: a paragraph partly in view may still hide it.
      if (offScreen(mark ?? paragraph)) scrollTo(mark ?? paragraph, { block: 'center' })
      moveFocus(note)
      // A note taller than the window cannot be shown whole: bringing its far end into view would push
      // the mark the reader was taken to out of sight, so then the mark's place wins.
      if (note.getBoundingClientRect().height < window.innerHeight) scrollTo(note, { block: 'nearest' })
      return
    }
    const closedInPlace =
      before?.annotationId &&
      before.chapterId === now.chapterId &&
      before.paragraphId === now.paragraphId &&
      now.annotationId === null
    if (paragraph && closedInPlace) {
      moveFocus(focusableMark(paragraph, before.annotationId ?? '') ?? paragraph)
    } else if (paragraph) {
      scrollTo(paragraph, { block: 'center' })
      // Stepping through hits with Enter keeps typing focus in the search box, as a browser's find bar does.
      if (document.activeElement?.id !== 'search-input') moveFocus(paragraph)
      flash(paragraph)
    } else {
      if (article.value) scrollTo(article.value, { block: 'start' })
      focusHeading(article.value)
    }
  }

  const same = (a: RevealTarget, b: RevealTarget | undefined): boolean =>
    a.chapterId === b?.chapterId && a.paragraphId === b.paragraphId && a.annotationId === b.annotationId
  let last: RevealTarget | undefined
  function revealNew(now: RevealTarget, before: RevealTarget | undefined): void {
    last = now
    void reveal(now, before)
  }
  // Any change of address re-runs the getter; only a change of what it points at reveals anything.
  watch(target, (now) => void (inView() && !same(now, last) && revealNew(now, last)), { flush: 'post' })
  // A chapter already in the cache is there at mount (or comes back kept alive), so no change of address
  // announces it: the view reveals where it was sent (or its top) as it shows, not where the last view
  // was scrolled.
  whileShown(() => revealNew(target(), undefined))
  return { markTop, markBottom }
}
