/**
 * Holds the app's exit until the writes started as windows close (the window state) are on disk. Quit
 * would otherwise end the process with the atomic write still in flight, and the window would reopen
 * where it was the time before.
 */

export interface QuitGate {
  /** A write that must finish before the app exits. */
  track(write: Promise<unknown>): void
  /** For `will-quit`: holds the quit while writes are pending, then quits again. */
  onWillQuit(event: { preventDefault(): void }, quit: () => void): void
}

export function createQuitGate(): QuitGate {
  const pending = new Set<Promise<unknown>>()
  return {
    track(write) {
      const settled = write.catch(() => undefined).finally(() => pending.delete(settled))
      pending.add(settled)
    },
    onWillQuit(event, quit) {
      if (pending.size === 0) return
      event.preventDefault()
      void Promise.all(pending).then(quit)
    }
  }
}
