import { describe, expect, it } from 'vitest'
import { bringForward, ensureSingleInstance } from '../../src/main/single-instance/single-instance'

function fakeApp(locked: boolean): { requestSingleInstanceLock(): boolean; quit(): void; calls: string[] } {
  const calls: string[] = []
  return {
    calls,
    requestSingleInstanceLock: () => (calls.push('lock'), locked),
    quit: () => void calls.push('quit')
  }
}

describe('one Elshi at a time', () => {
  it('the first launch gets the lock and goes on', () => {
    const app = fakeApp(true)
    const exits: number[] = []
    expect(ensureSingleInstance(app, (code) => exits.push(code))).toBe(true)
    expect(app.calls).toEqual(['lock'])
    expect(exits).toEqual([])
  })

  it('a second launch quits and ends the process at once, before any boot work', () => {
    const app = fakeApp(false)
    const exits: number[] = []
    expect(ensureSingleInstance(app, (code) => exits.push(code))).toBe(false)
    expect(app.calls).toEqual(['lock', 'quit'])
    expect(exits).toEqual([0])
  })

  it('the first instance comes forward, restored if it was minimized', () => {
    const calls: string[] = []
    const window = (minimized: boolean) => ({
      isMinimized: () => minimized,
      restore: () => void calls.push('restore'),
      show: () => void calls.push('show'),
      focus: () => void calls.push('focus')
    })
    bringForward(window(true))
    expect(calls).toEqual(['restore', 'show', 'focus'])
    calls.length = 0
    bringForward(window(false))
    expect(calls).toEqual(['show', 'focus'])
    expect(() => bringForward(undefined)).not.toThrow()
  })
})
