/**
 * One Elshi at a time. A second launch (a double click, or the OS opening an elshi:// link) asks for
 * the lock; Electron hands its command line to the first instance as `second-instance`, and the second
 * one ends at once, before any of the boot work (no window, no files opened, no handlers).
 */

/** The part of Electron's app this module uses, so tests can pass a fake. */
export interface InstanceLock {
  requestSingleInstanceLock(): boolean
  quit(): void
}

/** True in the first instance. In a second one: quit, and end the process before anything else runs. */
export function ensureSingleInstance(
  app: InstanceLock,
  exit: (code: number) => void = (code) => process.exit(code)
): boolean {
  if (app.requestSingleInstanceLock()) return true
  app.quit()
  exit(0)
  return false
}

/** The part of a BrowserWindow that bringing it forward needs. */
export interface FocusableWindow {
  isMinimized(): boolean
  restore(): void
  show(): void
  focus(): void
}

/** The first instance, told of a second launch: its window comes forward, restored if minimized. */
export function bringForward(window: FocusableWindow | undefined): void {
  if (!window) return
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
}
