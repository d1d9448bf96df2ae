/**
 * Focus is never left on <body>. Each control that goes away hands focus on itself where it can (a
 * closing dialog to its opener, Undo to the restored bookmark); this is the net under all of them: when
 * the focused element leaves the page or is hidden (a notice dismissed, a list re-rendered, a view
 * replaced, a drawer slid away), focus goes to its nearest ancestor that is still shown and can take
 * focus, else to the view's text. A click on empty space (the element still shown) is left alone.
 */
import { onBeforeUnmount, onMounted } from 'vue'
import { focusText, isShown } from './focusTargets'
import { moveFocus } from './focusRing'

const TAKES_FOCUS = 'a[href], button:not([disabled]), input, select, textarea, [tabindex]'

export function useFocusKeeper(paragraphId: () => string | null): void {
  /** The focused element and its ancestors, innermost first, as they were when it took focus. */
  let path: HTMLElement[] = []
  const onFocusIn = (event: FocusEvent): void => {
    path = []
    for (let el = event.target instanceof HTMLElement ? event.target : null; el; el = el.parentElement)
      path.push(el)
  }
  const gone = (el: HTMLElement): boolean => !el.isConnected || !isShown(el)

  function rescue(): void {
    const lost = document.activeElement === null || document.activeElement === document.body
    if (!lost || path.length === 0 || !gone(path[0]!)) return
    const survivor = path.find((el) => el !== document.body && !gone(el) && el.matches(TAKES_FOCUS))
    path = []
    if (!(survivor && moveFocus(survivor))) focusText(paragraphId())
  }
  const observer = new MutationObserver(rescue)
  // Hiding the focused element blurs it with no mutation of the tree: look once the frame is laid out.
  const onFocusOut = (event: FocusEvent): void => {
    if (event.relatedTarget === null) requestAnimationFrame(rescue)
  }

  onMounted(() => {
    document.addEventListener('focusin', onFocusIn)
    document.addEventListener('focusout', onFocusOut)
    observer.observe(document.body, { childList: true, subtree: true })
  })
  onBeforeUnmount(() => {
    document.removeEventListener('focusin', onFocusIn)
    document.removeEventListener('focusout', onFocusOut)
    observer.disconnect()
  })
}
