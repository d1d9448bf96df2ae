import { beforeEach, describe, expect, it, vi } from 'vitest'
import { contractEvents, methods, subscriberName } from '../../src/shared/contract'

const exposed = vi.hoisted(() => new Map<string, unknown>())
const invoke = vi.hoisted(() => vi.fn(async (..._args: unknown[]) => ({ ok: true, value: [] })))

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: { invoke, send: vi.fn(), on: vi.fn(), removeListener: vi.fn() }
}))

describe('preload', () => {
  beforeEach(async () => {
    exposed.clear()
    vi.resetModules()
    await import('../../src/preload/index')
  })

  it('exposes exactly one object, window.elshi, with one function per contract method and event', () => {
    expect([...exposed.keys()]).toEqual(['elshi'])
    const api = exposed.get('elshi')
    expect(typeof api).toBe('object')
    const expected = [...methods, ...contractEvents.map(subscriberName)]
    expect(Object.keys(api as object).sort()).toEqual(expected.sort())
    for (const value of Object.values(api as object)) expect(typeof value).toBe('function')
  })

  it('never hands the page a way to pick an IPC channel', async () => {
    const api = exposed.get('elshi') as Record<string, (...args: unknown[]) => Promise<unknown>>
    expect(api).not.toHaveProperty('invoke')
    expect(api).not.toHaveProperty('send')
    expect(api).not.toHaveProperty('on')
    await api['getChapter']!('edition', 'chapter')
    expect(invoke).toHaveBeenCalledWith('elshi:getChapter', 'edition', 'chapter')
  })
})
