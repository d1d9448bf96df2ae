/**
 * What a component does while it is on screen: from mounting (or, kept alive, each activation) to
 * unmounting (or each deactivation). App keeps opened chapters mounted in a <KeepAlive>; a chapter put
 * aside must not answer the keys, menu commands or scrolls meant for the view in front of the reader.
 * The hooks of a kept-alive view fire for every component inside it too.
 */
import { onActivated, onBeforeUnmount, onDeactivated, onMounted } from 'vue'

export function whileShown(show: () => void, hide: () => void = () => {}): void {
  let shown = false
  // A kept-alive view is both mounted and activated when it first appears: one show.
  const on = (): void => {
    if (shown) return
    shown = true
    show()
  }
  const off = (): void => {
    if (!shown) return
    shown = false
    hide()
  }
  onMounted(on)
  onActivated(on)
  onDeactivated(off)
  onBeforeUnmount(off)
}
