/**
 * F6 and Shift+F6 move between the frame's panes, as in a browser or a mail client: the top bar, the
 * contents or search results, the text, and the open editors' note. Hidden panes (a closed drawer, no
 * note) are passed over; focus lands on the pane's current item or first control, and in the text on
 * the passage in view of the address.
 */
import { onBeforeUnmount, onMounted } from 'vue'
import { firstFocusable, focusText, isShown } from './focusTargets'
import { moveFocus } from './focusRing'

interface Pane {
  readonly selector: string
  readonly focus: (pane: HTMLElement) => boolean
}

export function usePaneCycle(paragraphId: () => string | null): void {
  const panes: readonly Pane[] = [
    { selector: '.top-bar', focus: (pane) => moveFocus(firstFocusable(pane)) },
    {
      selector: '#side-panel',
      focus: (pane) =>
        moveFocus(pane.querySelector<HTMLElement>('[aria-current="page"]') ?? firstFocusable(pane))
    },
    { selector: 'main.page', focus: () => focusText(paragraphId()) },
    { selector: '.annotation-note', focus: (pane) => moveFocus(pane) }
  ]

  /** The pane holding focus; the note sits inside the text, so the innermost match wins. */
  function currentIndex(): number {
    const active = document.activeElement
    let found = -1
    panes.forEach((pane, index) => {
      if (active?.closest(pane.selector)) found = index
    })
    return found
  }

  function cycle(direction: 1 | -1): void {
    const from = currentIndex()
    for (let step = 1; step <= panes.length; step++) {
      const start = from === -1 && direction === -1 ? 0 : from
      const index = (start + direction * step + panes.length * 2) % panes.length
      const pane = panes[index]!
      const element = document.querySelector<HTMLElement>(pane.selector)
      if (element && isShown(element) && pane.focus(element)) return
    }
  }

  function onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'F6' || event.ctrlKey || event.metaKey || event.altKey) return
    event.preventDefault()
    cycle(event.shiftKey ? -1 : 1)
  }
  onMounted(() => window.addEventListener('keydown', onKeydown))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown))
}
