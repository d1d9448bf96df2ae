/**
 * Keeps the paragraph at the top of the view where it is while the text reflows (a new face, size,
 * line height or column width): finds it before the change, and scrolls back to it after.
 */
import { nextTick } from 'vue'

function paragraphAtTop(page: HTMLElement): { element: HTMLElement; offset: number } | null {
  const top = page.getBoundingClientRect().top
  const paragraphs = page.querySelectorAll<HTMLElement>('[data-paragraph-id]')
  const element = [...paragraphs].find((p) => p.getBoundingClientRect().bottom > top + 1) ?? null
  return element ? { element, offset: element.getBoundingClientRect().top - top } : null
}

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()))

/** Frames during which the paragraph is held: the notes in the margin and the fonts settle after the text. */
const SETTLE_FRAMES = 10

/** Scrolls the page so the paragraph stands where it stood before the change. */
function holdOnce(page: HTMLElement, before: { element: HTMLElement; offset: number }): void {
  const now = before.element.getBoundingClientRect().top - page.getBoundingClientRect().top
  if (Math.abs(now - before.offset) >= 1) page.scrollBy({ top: now - before.offset, behavior: 'instant' })
}

export async function keepReadingPlace(change: () => Promise<unknown>): Promise<void> {
  const page = document.querySelector<HTMLElement>('.page')
  const before = page ? paragraphAtTop(page) : null
  // The store shows a change at once and only then asks main to keep it: the place is held from the
  // first frame, not from main's answer, or the text would jump for as long as the answer takes.
  let answered = false
  const changed = change().finally(() => (answered = true))
  await nextTick()
  for (let settled = 0; page && before && settled < SETTLE_FRAMES; settled += answered ? 1 : 0) {
    holdOnce(page, before)
    await frame()
  }
  await changed
  // A new face may still be loading after those frames (a loaded machine): hold once more when it lands.
  if (page && before && document.fonts?.status === 'loading') {
    await document.fonts.ready
    await frame()
    holdOnce(page, before)
  }
}
