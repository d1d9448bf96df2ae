/**
 * Records the window's state as it moves and resizes: at most once per pause (a drag fires dozens of
 * events a second), and at once when the window closes, so the last position is never lost.
 */
import type { WindowState } from '../../shared/settings/schema'

export interface WindowStateRecorder {
  /** A move or resize happened: record after the pause. */
  changed(): void
  /** The window is closing: record now, and nothing after. */
  flush(): void
}

export function createWindowStateRecorder(
  read: () => WindowState,
  save: (state: WindowState) => void,
  delayMs = 400
): WindowStateRecorder {
  let timer: ReturnType<typeof setTimeout> | null = null
  let closed = false
  let last = ''
  const record = (): void => {
    timer = null
    const state = read()
    const key = JSON.stringify(state)
    // An unchanged state (a move that ended where it began) is not written again.
    if (key === last) return
    last = key
    save(state)
  }
  return {
    changed() {
      if (closed) return
      if (timer) clearTimeout(timer)
      timer = setTimeout(record, delayMs)
    },
    flush() {
      if (closed) return
      if (timer) clearTimeout(timer)
      closed = true
      record()
    }
  }
}
