import { describe, expect, it, vi } from 'vitest'
import { firstPaintBackground, PAPER } from '../../../src/main/window/first-paint'
import { DEFAULT_SETTINGS, type Settings, type WindowState } from '../../../src/shared/settings/schema'

type Listener = () => void
const fake = vi.hoisted(() => ({
  dark: false,
  windows: [] as {
    options: Record<string, unknown>
    emit(event: string): void
    maximized: boolean
    shown: boolean
    zoom: number | null
  }[]
}))

vi.mock('electron', () => ({
  BrowserWindow: class {
    readonly listeners = new Map<string, Listener[]>()
    maximized = false
    shown = false
    zoom: number | null = null
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
    }
  },
  screen: {
    getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
    getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } })
  }
}))

const { createMainWindow } = await import('../../../src/main/window/create-main-window')

function settingsWith(change: Partial<Settings>): {
  get: () => Settings
  setWindowState: (state: WindowState) => Promise<{ ok: true; value: Settings }>
  recorded: WindowState[]
} {
  const current = { ...DEFAULT_SETTINGS, ...change }
  const recorded: WindowState[] = []
  return {
    get: () => current,
    recorded,
    setWindowState: async (state) => {
      recorded.push(state)
      return { ok: true, value: current }
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
})
