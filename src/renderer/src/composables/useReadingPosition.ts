/**
 * Reports the paragraph being read to main (debounced by the store), so the reader reopens there. The
 * paragraph being read is the one at a third of the window's height: where the eye rests, and a place
 * that reopening (which centres the paragraph) puts back in view. Leaving the chapter, the view going
 * away (or being kept aside) and the page hiding (the window closing or minimized, the app quitting) send a pending save at once.
 */
import type { Ref } from 'vue'
import { onBeforeRouteLeave, onBeforeRouteUpdate } from 'vue-router'
import { useReadingPositionStore } from '../stores/readingPosition'
import { whileShown } from './whileShown'

export function paragraphBeingRead(article: HTMLElement): string | null {
  const line = window.innerHeight / 3
  let last: string | null = null
  for (const paragraph of article.querySelectorAll<HTMLElement>('[data-paragraph-id]')) {
    last = paragraph.dataset['paragraphId'] ?? null
    if (paragraph.getBoundingClientRect().bottom >= line) return last
  }
  return last
}

export function useReadingPosition(
  place: () => { editionId: string; chapterId: string },
  article: Ref<HTMLElement | null>
): { report: () => void } {
  const positions = useReadingPositionStore()
  function report(): void {
    const paragraphId = article.value ? paragraphBeingRead(article.value) : null
    if (paragraphId) positions.save({ ...place(), paragraphId })
  }
  const flush = (): void => void positions.flush()
  const flushWhenHidden = (): void => {
    if (document.visibilityState === 'hidden') flush()
  }
  // Scroll events do not bubble; listening in the capture phase hears the page's scroll container too.
  whileShown(
    () => {
      document.addEventListener('scroll', report, { capture: true, passive: true })
      window.addEventListener('pagehide', flush)
      document.addEventListener('visibilitychange', flushWhenHidden)
    },
    () => {
      document.removeEventListener('scroll', report, { capture: true })
      window.removeEventListener('pagehide', flush)
      document.removeEventListener('visibilitychange', flushWhenHidden)
      flush()
    }
  )
  onBeforeRouteUpdate(flush)
  onBeforeRouteLeave(flush)
  return { report }
}
