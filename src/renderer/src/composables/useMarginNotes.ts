/**
 * Whether the page has room for the editors' notes in a margin right of the reading column: a left
 * gutter, the column (as wide as the settings ask, but it may narrow down to MIN_COLUMN_REM to make
 * room) and the note with its gap. Watched with a ResizeObserver, because the page's width follows the
 * window, the zoom and the side panel; `remeasure` is for a change of the column-width setting.
 */
import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

/** The narrowest column beside which a note in the margin still reads well. */
const MIN_COLUMN_REM = 28

function tokenRem(element: Element, name: string, fallback: number): number {
  const value = parseFloat(getComputedStyle(element).getPropertyValue(name))
  return Number.isFinite(value) ? value : fallback
}

export function useMarginNotes(page: Ref<HTMLElement | null>): {
  inMargin: Ref<boolean>
  remeasure: () => void
} {
  const inMargin = ref(false)
  let observer: ResizeObserver | null = null

  function remeasure(): void {
    const element = page.value
    if (!element) return
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16
    const column = Math.min(tokenRem(element, '--measure', 36), MIN_COLUMN_REM)
    const aside = tokenRem(element, '--note-width', 15) + tokenRem(element, '--note-gap', 1.75) + 0.25
    const needed = (tokenRem(element, '--gutter', 2.25) + column + aside) * rem
    inMargin.value = element.clientWidth >= needed
  }

  onMounted(() => {
    observer = new ResizeObserver(remeasure)
    if (page.value) observer.observe(page.value)
    remeasure()
  })
  onBeforeUnmount(() => observer?.disconnect())
  return { inMargin, remeasure }
}
