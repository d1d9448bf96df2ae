import { describe, expect, it, vi } from 'vitest'
import type { WebContents } from 'electron'
import { DEFAULT_SETTINGS } from '../../src/shared/settings/schema'

const created = vi.hoisted(() => [] as { options: Record<string, unknown>; loaded: string[] }[])

vi.mock('electron', () => ({
  BrowserWindow: class {
    readonly loaded: string[] = []
    constructor(readonly options: Record<string, unknown>) {
      created.push(this)
    }
    once(): void {}
    on(): void {}
    webContents = { on(): void {} }
    loadURL(url: string): Promise<void> {
      this.loaded.push(url)
      return Promise.resolve()
    }
    loadFile(path: string): Promise<void> {
      this.loaded.push(`file:${path}`)
      return Promise.resolve()
    }
  },
  nativeTheme: { shouldUseDarkColors: false, on(): void {}, off(): void {} },
  screen: {
    getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
    getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } })
  }
}))

const { createMainWindow } = await import('../../src/main/window/create-main-window')
const { hardenContents } = await import('../../src/main/security/harden-contents')

const settings = {
  get: () => DEFAULT_SETTINGS,
  onChange: () => () => undefined,
  setWindowState: async () => ({ ok: true as const, value: { revision: 1, settings: DEFAULT_SETTINGS } })
}

describe('the reader window', () => {
  it('runs the page isolated, sandboxed and without Node', () => {
    createMainWindow(null, settings)
    expect(created.at(-1)?.options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true
    })
  })

  it('loads the built renderer from app://elshi/, never from a file, and the dev server in development', () => {
    createMainWindow(null, settings)
    expect(created.at(-1)?.loaded).toEqual(['app://elshi/index.html'])
    createMainWindow('http://localhost:5173/', settings)
    expect(created.at(-1)?.loaded).toEqual(['http://localhost:5173/'])
  })
})

describe('hardened web contents', () => {
  function fakeContents(): {
    contents: WebContents
    emit: (event: string, url: string) => boolean
    openHandler: () => unknown
  } {
    const listeners = new Map<string, (event: { preventDefault: () => void }, url: string) => void>()
    let openHandler: () => unknown = () => null
    const contents = {
      on: (name: string, listener: (event: { preventDefault: () => void }, url: string) => void) =>
        listeners.set(name, listener),
      setWindowOpenHandler: (handler: () => unknown) => (openHandler = handler)
    }
    return {
      contents: contents as unknown as WebContents,
      emit(name, url) {
        let prevented = false
        listeners.get(name)?.({ preventDefault: () => (prevented = true) }, url)
        return prevented
      },
      openHandler: () => openHandler()
    }
  }
  const origin = { devServerOrigin: null }

  it('blocks navigation and redirects away from the app, and denies new windows', () => {
    const fake = fakeContents()
    hardenContents(fake.contents, origin)
    expect(fake.emit('will-navigate', 'https://example.com/')).toBe(true)
    expect(fake.emit('will-redirect', 'file:///etc/passwd')).toBe(true)
    expect(fake.emit('will-navigate', 'file:///app/out/renderer/index.html#/x')).toBe(true)
    expect(fake.emit('will-navigate', 'app://elshi/index.html#/x')).toBe(false)
    expect(fake.emit('will-attach-webview', '')).toBe(true)
    expect(fake.openHandler()).toEqual({ action: 'deny' })
  })
})
