/**
 * Electron does not wait for promises in its quit events, so a write started as the window closed could be
 * cut off by the exit. The first `will-quit` is held until every pending data-file write has settled, then
 * the app quits for real.
 */
import { writesSettled } from '../storage/pending-writes'

export interface QuittingApp {
  on(event: 'will-quit', listener: (event: { preventDefault(): void }) => void): unknown
  quit(): void
}

export function finishWritesBeforeQuit(app: QuittingApp, settled: () => Promise<void> = writesSettled): void {
  let finished = false
  app.on('will-quit', (event) => {
    if (finished) return
    event.preventDefault()
    const quit = (): void => {
      finished = true
      app.quit()
    }
    // A write that failed has already been reported to whoever asked for it; quitting must not hang on it.
    settled().then(quit, quit)
  })
}
