import { describe, expect, it } from 'vitest'
import { createQuitGate } from '../../../src/main/window/quit-gate'

function willQuit(): { event: { preventDefault(): void }; prevented: () => boolean } {
  let prevented = false
  return { event: { preventDefault: () => (prevented = true) }, prevented: () => prevented }
}

describe('quitting waits for the window state to be written', () => {
  it('lets the app quit at once when nothing is being written', () => {
    const gate = createQuitGate()
    const quit = willQuit()
    let quits = 0
    gate.onWillQuit(quit.event, () => quits++)
    expect([quit.prevented(), quits]).toEqual([false, 0])
  })

  it('holds the quit until the write is on disk, then quits again', async () => {
    const gate = createQuitGate()
    let finish: () => void = () => undefined
    gate.track(new Promise<void>((resolve) => (finish = resolve)))
    const first = willQuit()
    let quits = 0
    const quitted = new Promise<void>((resolve) =>
      gate.onWillQuit(first.event, () => {
        quits++
        resolve()
      })
    )
    expect(first.prevented()).toBe(true)
    expect(quits).toBe(0)
    finish()
    await quitted
    expect(quits).toBe(1)
    // The second will-quit, after the write: nothing holds it.
    const second = willQuit()
    gate.onWillQuit(second.event, () => quits++)
    expect(second.prevented()).toBe(false)
  })

  it('a failed write does not keep the app from quitting', async () => {
    const gate = createQuitGate()
    gate.track(Promise.reject(new Error('disk full')))
    const quit = willQuit()
    await new Promise<void>((resolve) => gate.onWillQuit(quit.event, resolve))
    expect(quit.prevented()).toBe(true)
  })
})
