/**
 * Selection mode: a passage selected with the keyboard alone. F7 (or Enter on a focused paragraph) puts a
 * caret at the paragraph's start; ← → move it by word and ↑ ↓ by sentence, with Shift they extend a real
 * DOM selection (so the selection's Bookmark and Link & cite act on it, as after a mouse selection);
 * Enter goes to those actions; Escape or F7 leaves. Entering and leaving are said in a polite live region.
 */
import { computed, ref, type Ref } from 'vue'
import { chapterText, paragraphSpans } from '../../../shared/bookmarks/chapter-text'
import type { Chapter } from '../../../shared/edition'
import { moveFocus } from './focusRing'
import { paragraphStart, textPoint, type TextPoint } from './textPositions'
import { step, type StepUnit } from './textSteps'
import { whileShown } from './whileShown'
import { t } from '../i18n'

export interface SelectionModeOptions {
  readonly article: Ref<HTMLElement | null>
  readonly chapter: () => Chapter | null
  readonly locale: () => string
  /** Enter with something selected: focus the selection's actions (Bookmark, Link & cite). */
  readonly toActions: () => void
}

/** What a screen reader hears on entering and leaving the mode, in the interface language. */
export const selectionModeOn = (): string => t('selection.on')
export const selectionModeOff = (): string => t('selection.off')

const KEYS: Record<string, { unit: StepUnit; direction: 1 | -1 }> = {
  ArrowRight: { unit: 'word', direction: 1 },
  ArrowLeft: { unit: 'word', direction: -1 },
  ArrowDown: { unit: 'sentence', direction: 1 },
  ArrowUp: { unit: 'sentence', direction: -1 }
}

export function useSelectionMode(options: SelectionModeOptions) {
  const active = ref(false)
  const announcement = ref('')
  /** The drawn caret (viewport coordinates): a DOM selection that is collapsed shows nothing. */
  const caret = ref<{ top: number; left: number; height: number } | null>(null)
  const spans = computed(() => paragraphSpans(options.chapter()?.paragraphs ?? []))
  const text = computed(() => chapterText(options.chapter()?.paragraphs ?? []))
  let anchor = 0
  let focus = 0
  /** What this mode last put in the DOM selection, to tell another change of it (a save, a click). */
  let applied: { anchor: Node; anchorOffset: number; focus: Node; focusOffset: number } | null = null
  let marked: HTMLElement | null = null

  const paragraphOf = (target: EventTarget | null): HTMLElement | null =>
    target instanceof Element ? target.closest<HTMLElement>('[data-paragraph-id]') : null

  /** The paragraph with focus, else the first one whose text shows in the upper part of the window. */
  function startingParagraph(): HTMLElement | null {
    const focused = paragraphOf(document.activeElement)
    if (focused && options.article.value?.contains(focused)) return focused
    const all = options.article.value?.querySelectorAll<HTMLElement>('[data-paragraph-id]') ?? []
    return (
      [...all].find((p) => p.getBoundingClientRect().bottom > window.innerHeight * 0.25) ?? all[0] ?? null
    )
  }

  function mark(paragraph: HTMLElement | null): void {
    marked?.classList.remove('selection-mode')
    marked = paragraph
    marked?.classList.add('selection-mode')
  }

  function drawCaret(point: TextPoint): void {
    const range = document.createRange()
    range.setStart(point.node, point.offset)
    const box = range.getClientRects()[0] ?? range.getBoundingClientRect()
    const fallback = point.paragraph.getBoundingClientRect()
    const height = box.height || parseFloat(getComputedStyle(point.paragraph).lineHeight) || 20
    caret.value = {
      top: box.height ? box.top : fallback.top,
      left: box.height ? box.left : fallback.left,
      height
    }
  }

  function apply(): void {
    const article = options.article.value
    const from = article && textPoint(article, spans.value, anchor)
    const to = article && textPoint(article, spans.value, focus)
    if (!from || !to) return
    applied = { anchor: from.node, anchorOffset: from.offset, focus: to.node, focusOffset: to.offset }
    document.getSelection()?.setBaseAndExtent(from.node, from.offset, to.node, to.offset)
    if (document.activeElement !== to.paragraph) moveFocus(to.paragraph)
    mark(to.paragraph)
    drawCaret(to)
    const box = caret.value
    if (box && (box.top < 64 || box.top + box.height > window.innerHeight)) {
      to.paragraph.scrollIntoView({ block: 'nearest' })
      drawCaret(to)
    }
  }

  function enter(paragraph: HTMLElement | null): void {
    const start = paragraph ? paragraphStart(spans.value, paragraph) : null
    if (start === null) return
    active.value = true
    anchor = focus = start
    announcement.value = selectionModeOn()
    apply()
  }

  function leave(): void {
    if (!active.value) return
    active.value = false
    caret.value = null
    applied = null
    mark(null)
    document.getSelection()?.removeAllRanges()
    announcement.value = selectionModeOff()
  }

  /** Shift+arrow: grows the selection by whole words (sentences), and shrinks it the same way. */
  function extend(direction: 1 | -1, unit: StepUnit): number {
    const shrinking = direction === -1 ? focus > anchor : focus < anchor
    if (!shrinking) return step(text.value, focus, direction, unit, options.locale())
    const to = step(text.value, focus, direction, unit, options.locale(), direction === -1 ? 'end' : 'start')
    return direction === -1 ? Math.max(to, anchor) : Math.min(to, anchor)
  }

  const toggle = (): void => (active.value ? leave() : enter(startingParagraph()))

  /** Keys on the text, delegated from the chapter. */
  function onKeydown(event: KeyboardEvent): void {
    const paragraph = paragraphOf(event.target)
    if (!paragraph || event.altKey) return
    if (event.key === 'Enter' && !active.value && event.target === paragraph) {
      event.preventDefault()
      return enter(paragraph)
    }
    if (!active.value) return
    const move = KEYS[event.key]
    if (move && !event.ctrlKey && !event.metaKey) {
      event.preventDefault()
      focus = event.shiftKey
        ? extend(move.direction, move.unit)
        : step(text.value, focus, move.direction, move.unit, options.locale())
      if (!event.shiftKey) anchor = focus
      return apply()
    }
    if (event.key === 'Enter' && event.target === paragraph) {
      event.preventDefault()
      if (anchor !== focus) options.toActions()
      else announcement.value = t('selection.nothingSelected')
    } else if (event.key === 'Escape') {
      event.preventDefault()
      leave()
    }
  }

  function onWindowKeydown(event: KeyboardEvent): void {
    if (event.key !== 'F7' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return
    event.preventDefault()
    toggle()
  }

  /** A save clears the selection, a click makes another: the caret then stays where the selection ended. */
  function onSelectionChange(): void {
    if (!active.value || !applied) return
    const now = document.getSelection()
    const same =
      now?.anchorNode === applied.anchor &&
      now.anchorOffset === applied.anchorOffset &&
      now.focusNode === applied.focus &&
      now.focusOffset === applied.focusOffset
    if (!same && (!now || now.isCollapsed)) anchor = focus
  }

  /** Focus leaving the chapter (to the top bar, the contents) ends the mode. */
  function onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget
    if (active.value && next instanceof Node && !options.article.value?.contains(next)) leave()
  }

  function follow(): void {
    const article = options.article.value
    const point = active.value && article ? textPoint(article, spans.value, focus) : null
    if (point) drawCaret(point)
  }

  // A chapter kept aside (see whileShown) leaves the mode: F7 and the caret belong to the text in view.
  whileShown(
    () => {
      window.addEventListener('keydown', onWindowKeydown)
      document.addEventListener('selectionchange', onSelectionChange)
      document.addEventListener('scroll', follow, { capture: true, passive: true })
      window.addEventListener('resize', follow)
    },
    () => {
      leave()
      window.removeEventListener('keydown', onWindowKeydown)
      document.removeEventListener('selectionchange', onSelectionChange)
      document.removeEventListener('scroll', follow, { capture: true })
      window.removeEventListener('resize', follow)
    }
  )
  return { active, announcement, caret, onKeydown, onFocusOut, leave, toggle }
}
