import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DAY_MS, FIRST_AUTOMATIC_CHECK_MS, scheduleDailyCheck } from '../../../src/main/updates/daily-check'

let enabled = false
let listeners: Array<(value: boolean) => void> = []
const setEnabled = (value: boolean): void => {
  enabled = value
  for (const listener of listeners) listener(value)
}
const schedule = (check: () => Promise<unknown>): (() => void) =>
  scheduleDailyCheck({
    enabled: () => enabled,
    onEnabledChange: (listener) => {
      listeners.push(listener)
      return () => (listeners = listeners.filter((l) => l !== listener))
    },
    check
  })

beforeEach(() => {
  vi.useFakeTimers()
  enabled = false
  listeners = []
})
afterEach(() => vi.useRealTimers())

describe('the automatic daily check', () => {
  it('never checks while the setting is off (the default)', async () => {
    const check = vi.fn(async () => {})
    schedule(check)
    await vi.advanceTimersByTimeAsync(3 * DAY_MS)
    expect(check).not.toHaveBeenCalled()
  })

  it('when on, checks a while after start (not at start-up), then once a day', async () => {
    enabled = true
    const check = vi.fn(async () => {})
    schedule(check)
    expect(check).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(FIRST_AUTOMATIC_CHECK_MS)
    expect(check).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(DAY_MS)
    expect(check).toHaveBeenCalledTimes(2)
  })

  it('starts when switched on and stops when switched off or stopped', async () => {
    const check = vi.fn(async () => {})
    const stop = schedule(check)
    setEnabled(true)
    await vi.advanceTimersByTimeAsync(FIRST_AUTOMATIC_CHECK_MS)
    expect(check).toHaveBeenCalledTimes(1)
    setEnabled(false)
    await vi.advanceTimersByTimeAsync(2 * DAY_MS)
    expect(check).toHaveBeenCalledTimes(1)
    setEnabled(true)
    stop()
    await vi.advanceTimersByTimeAsync(2 * DAY_MS)
    expect(check).toHaveBeenCalledTimes(1)
    expect(listeners).toEqual([])
  })
})
