import { describe, expect, it } from 'vitest'
import { followZoom, type ZoomTarget } from '../../../src/main/window/follow-zoom'
import { nextZoomLevel } from '../../../src/main/window/zoom'
import { SettingsService } from '../../../src/main/settings/settings-service'
import { MAX_ZOOM_LEVEL, MIN_ZOOM_LEVEL } from '../../../src/shared/settings/schema'
import { useTempDir } from '../../support/temp-dir'

describe('zoom steps', () => {
  it('steps in and out by one level and resets to 100 %', () => {
    expect(nextZoomLevel(0, 'in')).toBe(1)
    expect(nextZoomLevel(1, 'out')).toBe(0)
    expect(nextZoomLevel(0, 'out')).toBe(-1)
    expect(nextZoomLevel(3, 'reset')).toBe(0)
  })

  it('stops at the bounds the settings accept', () => {
    expect(nextZoomLevel(MAX_ZOOM_LEVEL, 'in')).toBe(MAX_ZOOM_LEVEL)
    expect(nextZoomLevel(MIN_ZOOM_LEVEL, 'out')).toBe(MIN_ZOOM_LEVEL)
  })

  it('comes back to whole steps from a level set by pinch or Ctrl+wheel', () => {
    expect(nextZoomLevel(0.4, 'in')).toBe(1)
    expect(nextZoomLevel(-0.6, 'out')).toBe(-2)
  })
})

describe('windows follow the zoom in settings', () => {
  const tempDir = useTempDir()
  function page(): ZoomTarget & { levels: number[] } {
    const levels: number[] = []
    return { levels, setZoomLevel: (level) => levels.push(level), isDestroyed: () => false }
  }

  it('applies a changed zoom to every open page, and is remembered in settings.json', async () => {
    const dir = tempDir()
    const settings = SettingsService.inFolder(dir)
    await settings.load()
    const pages = [page(), page()]
    followZoom(settings, () => pages)
    await settings.update({ zoomLevel: nextZoomLevel(settings.get().zoomLevel, 'in') })
    expect(pages.map((p) => p.levels)).toEqual([[1], [1]])

    const reopened = SettingsService.inFolder(dir)
    await reopened.load()
    expect(reopened.get().zoomLevel).toBe(1)
  })

  it('leaves the pages alone when another setting changes', async () => {
    const settings = SettingsService.inFolder(tempDir())
    await settings.load()
    const open = page()
    followZoom(settings, () => [open])
    await settings.update({ noteMarks: false })
    expect(open.levels).toEqual([])
  })
})
