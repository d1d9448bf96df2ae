import { describe, expect, it, vi } from 'vitest'
import { firstPaintBackground, PAPER } from '../../../src/main/window/first-paint'
import { DEFAULT_SETTINGS, type Settings, type WindowState } from '../../../src/shared/settings/schema'
import type { SettingsState } from '../../../src/shared/settings/state'

type Listener = () => void
const fake = vi.hoisted(() => ({
  dark: false,
  themeListeners: new Set<() => void>(),
  windows: [] as {
    options: Record<string, unknown>
    emit(event: string): void
    maximized: boolean
    shown: boolean
    zoom: number | null
    backgrounds: string[]
  }[]
}))

vi.mock('electron', () => ({
  BrowserWindow: class {
    readonly listeners = new Map<string, Listener[]>()
    maximized = false
    shown = false
    zoom: number | null = null
    backgrounds: string[] = []
    webContents = {
      on: (event: string, listener: Listener) => this.on(event, listener),
      setZoomLevel: (level: number) => (this.zoom = level)
    }
    constructor(readonly options: Record<string, unknown>) {
      fake.windows.push(this)
    }
    on(event: string, listener: Listener): void {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    }
    once(event: string, listener: Listener): void {
      this.on(event, listener)
    }
    emit(event: string): void {
      for (const listener of this.listeners.get(event) ?? []) listener()
    }
    setBackgroundColor(colour: string): void {
      this.backgrounds.push(colour)
    }
    maximize(): void {
      this.maximized = true
    }
    show(): void {
      this.shown = true
    }
    isMaximized(): boolean {
      return this.maximized
    }
    isFullScreen(): boolean {
      return false
    }
    getNormalBounds(): { x: number; y: number; width: number; height: number } {
      return { x: 300, y: 120, width: 900, height: 640 }
    }
    loadURL(): Promise<void> {
      return Promise.resolve()
    }
    loadFile(): Promise<void> {
      return Promise.resolve()
    }
  },
  nativeTheme: {
    get shouldUseDarkColors() {
      return fake.dark
    },
    on: (_event: string, listener: () => void) => fake.themeListeners.add(listener),
    off: (_event: string, listener: () => void) => fake.themeListeners.delete(listener)
  },
  screen: {
    getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
    getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } })
  }
}))

const { createMainWindow } = await import('../../../src/main/window/create-main-window')

function settingsWith(change: Partial<Settings>): {
  get: () => Settings
  onChange: (listener: (next: Settings, revision: number) => void) => () => void
  setWindowState: (state: WindowState) => Promise<{ ok: true; value: SettingsState }>
  recorded: WindowState[]
  change: (next: Partial<Settings>) => void
} {
  let current = { ...DEFAULT_SETTINGS, ...change }
  let revision = 1
  const recorded: WindowState[] = []
  const listeners = new Set<(next: Settings, revision: number) => void>()
  return {
    get: () => current,
    onChange: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    change: (next) => {
      current = { ...current, ...next }
      revision++
      listeners.forEach((listener) => listener(current, revision))
    },
    recorded,
    setWindowState: async (state) => {
      recorded.push(state)
      return { ok: true, value: { revision, settings: current } }
    }
  }
}

describe('the first paint', () => {
  it('is the dark page colour when the theme or the system is dark, else the light one', () => {
    expect(firstPaintBackground('dark', false)).toBe(PAPER.dark)
    expect(firstPaintBackground('system', true)).toBe(PAPER.dark)
    expect(firstPaintBackground('system', false)).toBe(PAPER.light)
    expect(firstPaintBackground('light', true)).toBe(PAPER.light)
  })
})

describe('the reader window', () => {
  it('opens hidden, painted in the dark background in dark mode, resizable down to 420×360', () => {
    fake.dark = true
    createMainWindow(null, settingsWith({}))
    expect(fake.windows.at(-1)?.options).toMatchObject({
      show: false,
      backgroundColor: '#1c1b19',
      resizable: true,
      minWidth: 420,
      minHeight: 360,
      width: 1180,
      height: 820
    })
    fake.dark = false
  })

  it('reopens where it was and maximized, and shows only once ready', () => {
    const saved = { x: 100, y: 80, width: 1000, height: 700, maximized: true, fullScreen: false }
    createMainWindow(null, settingsWith({ window: saved }))
    const window = fake.windows.at(-1)!
    expect(window.options).toMatchObject({ x: 100, y: 80, width: 1000, height: 700, fullscreen: false })
    expect(window.shown).toBe(false)
    window.emit('ready-to-show')
    expect([window.maximized, window.shown]).toEqual([true, true])
  })

  it('records its normal bounds and maximized state when it closes, and re-applies the zoom on load', () => {
    const settings = settingsWith({ zoomLevel: 2 })
    const writes: Promise<unknown>[] = []
    createMainWindow(null, settings, {
      icon: '/app/out/main/chunks/icon.png',
      holdQuit: (write) => writes.push(write)
    })
    const window = fake.windows.at(-1)!
    expect(window.options['icon']).toBe('/app/out/main/chunks/icon.png')
    window.maximized = true
    window.emit('maximize')
    window.emit('close')
    expect(settings.recorded).toEqual([
      { x: 300, y: 120, width: 900, height: 640, maximized: true, fullScreen: false }
    ])
    // The write is handed to the quit gate, so the app waits for it before it exits.
    expect(writes).toHaveLength(1)
    window.emit('did-finish-load')
    expect(window.zoom).toBe(2)
  })

  it('keeps the background in step with the theme, and lets go of it when closed', () => {
    const settings = settingsWith({})
    createMainWindow(null, settings)
    const window = fake.windows.at(-1)!
    settings.change({ reading: { ...DEFAULT_SETTINGS.reading, theme: 'dark' } })
    expect(window.backgrounds).toEqual(['#1c1b19'])
    settings.change({ reading: { ...DEFAULT_SETTINGS.reading, theme: 'system' } })
    fake.dark = true
    fake.themeListeners.forEach((listener) => listener())
    expect(window.backgrounds).toEqual(['#1c1b19', '#f7f4ee', '#1c1b19'])
    fake.dark = false
    const following = fake.themeListeners.size
    window.emit('closed')
    expect(fake.themeListeners.size).toBe(following - 1)
  })
})
