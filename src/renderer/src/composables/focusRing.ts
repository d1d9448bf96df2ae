/**
 * Focus the app moves itself (to a view's heading, a paragraph of a hit, a pane) shows a ring for keyboard
 * users. Chromium's `:focus-visible` heuristic leaves programmatic focus unmarked after a mouse click, and
 * the reading column hides its own outline, so the element gets `data-focus-ring` until it loses focus,
 * but only when the reader's last input was the keyboard (a click that moves focus draws no ring).
 */
let keyboardLast = true
let tracking = false

/** Follows which kind of input came last; installed once, by the app. */
export function trackInputModality(): void {
  if (tracking) return
  tracking = true
  window.addEventListener('keydown', () => (keyboardLast = true), { capture: true })
  window.addEventListener('pointerdown', () => (keyboardLast = false), { capture: true })
}

/** Focuses `element` (without scrolling unless asked) and rings it for a keyboard user. */
export function moveFocus(element: HTMLElement | null | undefined, options: FocusOptions = {}): boolean {
  if (!element) return false
  if (keyboardLast) {
    element.setAttribute('data-focus-ring', '')
    element.addEventListener('blur', () => element.removeAttribute('data-focus-ring'), { once: true })
  }
  element.focus({ preventScroll: true, ...options })
  return document.activeElement === element
}

/** A view's heading, the place focus starts on every view (it has tabindex=-1). */
export function focusHeading(root: HTMLElement | null | undefined): boolean {
  return moveFocus(root?.querySelector<HTMLElement>('h1') ?? root)
}
