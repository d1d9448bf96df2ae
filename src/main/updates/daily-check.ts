/**
 * The automatic check, off by default (settings.autoCheckUpdates). When on, the first check runs a
 * while after start-up (never at start-up itself, so opening Elshi never waits on or reports the
 * network) and then once a day for as long as Elshi stays open. Switching it off stops the timers.
 */
export const FIRST_AUTOMATIC_CHECK_MS = 10 * 60 * 1000
export const DAY_MS = 24 * 60 * 60 * 1000

export interface DailyCheckOptions {
  readonly enabled: () => boolean
  /** Called with the new value each time the setting changes; returns an unsubscribe. */
  readonly onEnabledChange: (listener: (enabled: boolean) => void) => () => void
  readonly check: () => Promise<unknown>
}

/** Starts the schedule; returns a stop function (app quit). */
export function scheduleDailyCheck(options: DailyCheckOptions): () => void {
  let handle: ReturnType<typeof setTimeout> | null = null
  const stopTimer = (): void => {
    if (handle !== null) clearTimeout(handle)
    handle = null
  }
  const arm = (ms: number): void => {
    stopTimer()
    handle = setTimeout(() => {
      handle = null
      void options.check().finally(() => {
        if (options.enabled()) arm(DAY_MS)
      })
    }, ms)
    // A pending check never keeps Elshi (or a test) running.
    handle.unref?.()
  }
  if (options.enabled()) arm(FIRST_AUTOMATIC_CHECK_MS)
  const unsubscribe = options.onEnabledChange((enabled) => {
    if (!enabled) stopTimer()
    else if (handle === null) arm(FIRST_AUTOMATIC_CHECK_MS)
  })
  return () => {
    unsubscribe()
    stopTimer()
  }
}
