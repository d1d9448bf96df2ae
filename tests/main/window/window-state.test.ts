import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { SettingsService } from '../../../src/main/settings/settings-service'
import { createWindowStateRecorder } from '../../../src/main/window/window-state-recorder'
import {
  DEFAULT_WINDOW_SIZE,
  fitWindowState,
  windowStateOf,
  type Rect
} from '../../../src/main/window/window-state'
import type { WindowState } from '../../../src/shared/settings/schema'
import { useTempDir } from '../../support/temp-dir'

/** A laptop screen (menu bar on top) and an external monitor to its right. */
const LAPTOP: Rect = { x: 0, y: 25, width: 1440, height: 875 }
const MONITOR: Rect = { x: 1440, y: 0, width: 2560, height: 1415 }

const saved = (bounds: Partial<WindowState>): WindowState => ({
  x: 200,
  y: 100,
  width: 1000,
  height: 700,
  maximized: false,
  fullScreen: false,
  ...bounds
})

describe('fitting the saved window to the displays there are now', () => {
  it('opens the first time centred on the primary display at the default size', () => {
    expect(fitWindowState(null, [LAPTOP], LAPTOP)).toEqual({
      bounds: { x: 130, y: 53, width: 1180, height: 820 },
      maximized: false,
      fullScreen: false
    })
  })

  it('reopens exactly where it was when that place is still on screen', () => {
    const onMonitor = saved({ x: 2000, y: 300, width: 1200, height: 900 })
    expect(fitWindowState(onMonitor, [LAPTOP, MONITOR], LAPTOP).bounds).toEqual({
      x: 2000,
      y: 300,
      width: 1200,
      height: 900
    })
  })

  it('opens centred on the primary display when the saved display is gone', () => {
    const onMonitor = saved({ x: 2000, y: 300, width: 1200, height: 800 })
    expect(fitWindowState(onMonitor, [LAPTOP], LAPTOP).bounds).toEqual({
      x: 120,
      y: 63,
      width: 1200,
      height: 800
    })
  })

  it('shrinks a window from a larger display that is gone to fit the one that is left', () => {
    const big = saved({ x: 1500, y: 10, width: 2400, height: 1380 })
    expect(fitWindowState(big, [LAPTOP], LAPTOP).bounds).toEqual(LAPTOP)
  })

  it('opens centred when the window would be mostly off-screen', () => {
    // Only a 100 px strip of a 1000 px wide window is on the laptop.
    const offscreen = saved({ x: 1340, y: 100 })
    const placed = fitWindowState(offscreen, [LAPTOP], LAPTOP).bounds
    expect(placed).toEqual({ x: 220, y: 113, width: 1000, height: 700 })
  })

  it('moves a window that hangs a little over an edge back inside', () => {
    const hanging = saved({ x: 600, y: 300 })
    expect(fitWindowState(hanging, [LAPTOP], LAPTOP).bounds).toEqual({
      x: 440,
      y: 200,
      width: 1000,
      height: 700
    })
  })

  it('restores maximized and full screen over the normal bounds, to return to them afterwards', () => {
    const maximized = fitWindowState(saved({ maximized: true }), [LAPTOP], LAPTOP)
    expect(maximized).toMatchObject({ maximized: true, fullScreen: false })
    expect(maximized.bounds).toEqual({ x: 200, y: 100, width: 1000, height: 700 })
    const fullScreen = fitWindowState(saved({ x: 5000, fullScreen: true }), [LAPTOP], LAPTOP)
    expect(fullScreen).toMatchObject({ maximized: false, fullScreen: true })
    expect(fullScreen.bounds.x).toBe(220)
  })

  it('never makes a window smaller than its minimum unless the display itself is smaller', () => {
    const tiny: Rect = { x: 0, y: 0, width: 400, height: 300 }
    expect(fitWindowState(saved({ x: 0, y: 0 }), [tiny], tiny).bounds).toEqual(tiny)
  })

  it('records the normal bounds in whole pixels, never below the minimum size', () => {
    expect(windowStateOf({ x: 10.6, y: -0.6, width: 300, height: 900.2 }, true, false)).toEqual({
      x: 11,
      y: -1,
      width: 420,
      height: 900,
      maximized: true,
      fullScreen: false
    })
  })
})

describe('recording the window state as it changes', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('records once after a drag settles, not on every move event', () => {
    vi.useFakeTimers()
    let current = saved({})
    const records: WindowState[] = []
    const recorder = createWindowStateRecorder(
      () => current,
      (state) => records.push(state),
      400
    )
    for (let x = 200; x < 260; x += 5) {
      current = saved({ x })
      recorder.changed()
      vi.advanceTimersByTime(50)
    }
    expect(records).toEqual([])
    vi.advanceTimersByTime(400)
    expect(records).toEqual([saved({ x: 255 })])
  })

  it('records at once on close, and nothing after it', () => {
    vi.useFakeTimers()
    const records: WindowState[] = []
    const recorder = createWindowStateRecorder(
      () => saved({ maximized: true }),
      (state) => records.push(state),
      400
    )
    recorder.changed()
    recorder.flush()
    expect(records).toEqual([saved({ maximized: true })])
    recorder.changed()
    vi.advanceTimersByTime(1000)
    expect(records).toHaveLength(1)
  })

  it('does not write an unchanged state again', () => {
    vi.useFakeTimers()
    const records: WindowState[] = []
    const recorder = createWindowStateRecorder(
      () => saved({}),
      (state) => records.push(state),
      400
    )
    recorder.changed()
    vi.advanceTimersByTime(400)
    recorder.changed()
    vi.advanceTimersByTime(400)
    recorder.flush()
    expect(records).toHaveLength(1)
  })
})

describe('the window state in settings.json', () => {
  const dir = useTempDir()

  it('survives a restart', async () => {
    const settings = SettingsService.inFolder(dir())
    await settings.load()
    expect(settings.get().window).toBeNull()
    await settings.setWindowState(saved({ x: 2000, maximized: true }))
    const reopened = SettingsService.inFolder(dir())
    await reopened.load()
    expect(reopened.get().window).toEqual(saved({ x: 2000, maximized: true }))
  })

  it('a damaged settings file is kept aside, and the window opens centred by default', async () => {
    await writeFile(join(dir(), 'settings.json'), '{"schemaVersion":1,"data":{"window":{"x":')
    const settings = SettingsService.inFolder(dir())
    const notices = await settings.load()
    expect(notices).not.toEqual([])
    expect(settings.get().window).toBeNull()
    expect(
      (await readdir(dir())).some((name) => name.startsWith('settings.json.') && name !== 'settings.json')
    ).toBe(true)
    expect(fitWindowState(settings.get().window, [LAPTOP], LAPTOP).bounds).toMatchObject(DEFAULT_WINDOW_SIZE)
  })
})
