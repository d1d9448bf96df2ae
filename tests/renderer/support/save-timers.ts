/**
 * The reading position is saved on a debounce timer that can fire after a test file's window is gone
 * (the store's own flush on leaving is issue-8a's). Faking setTimeout keeps that timer inside the test:
 * vi.waitFor advances faked timers while it polls, and what is still pending runs before unmounting.
 */
import { vi } from 'vitest'

export function fakeSaveTimers(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
}

export function runSaveTimers(): void {
  vi.runOnlyPendingTimers()
  vi.useRealTimers()
}
