/** The renderer's settings follow main's settings.json, and a value left in localStorage moves there once. */
import { reason } from '../../src/shared/i18n/reasons'
import { flushPromises } from '@vue/test-utils'
import { mkdtempSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { LEGACY_NOTE_MARKS_KEY, useSettingsStore } from '../../src/renderer/src/stores/settings'
import type { ElshiApi } from '../../src/shared/contract'
import { DEFAULT_SETTINGS } from '../../src/shared/settings/schema'
import { realBridgeWithData } from '../support/real-bridge'

let dataDir = ''
let api: ElshiApi

/** A window opening on the data folder: a fresh page (new Pinia) onto a fresh main. */
async function openWindow() {
  api = realBridgeWithData(dataDir).api
  vi.stubGlobal('elshi', api)
  setActivePinia(createPinia())
  const preferences = useSettingsStore()
  await preferences.load()
  return preferences
}

const noteMarksInMain = async () => {
  const settings = await api.getSettings()
  return settings.ok ? settings.value.settings.noteMarks : null
}

const noteMarksOnDisk = async (): Promise<unknown> => {
  const text = await readFile(join(dataDir, 'settings.json'), 'utf8').catch(() => '{}')
  const parsed: { data?: { noteMarks?: unknown } } = JSON.parse(text)
  return parsed.data?.noteMarks
}

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'elshi-user-data-'))
  localStorage.clear()
})
afterEach(() => {
  vi.unstubAllGlobals()
})

describe('preferences kept by main', () => {
  it("starts from main's settings and keeps a change in main, so the next window has it", async () => {
    const first = await openWindow()
    expect(first.settings).toEqual(DEFAULT_SETTINGS)
    expect(first.showAnnotationMarks).toBe(true)
    first.showAnnotationMarks = false
    expect(first.showAnnotationMarks).toBe(false)
    await vi.waitFor(async () => expect(await noteMarksOnDisk()).toBe(false))
    const next = await openWindow()
    expect(next.showAnnotationMarks).toBe(false)
    expect(localStorage.length).toBe(0)
  })

  it('follows a change made elsewhere (another window, the menu) through the settingsChanged push', async () => {
    const preferences = await openWindow()
    await api.updateSettings({ noteMarks: false, reading: { theme: 'dark' } })
    await flushPromises()
    expect(preferences.showAnnotationMarks).toBe(false)
    expect(preferences.settings.reading.theme).toBe('dark')
  })

  it('refuses an invalid change, says why, and shows what main kept', async () => {
    const preferences = await openWindow()
    // Out of range on purpose (the type says only "a number"): main validates what the page sends.
    expect(await preferences.update({ zoomLevel: 40 })).toBe(false)
    expect(preferences.error).toMatch(/zoomLevel/)
    expect(preferences.settings.zoomLevel).toBe(0)
  })
})

describe('migrating the note marks switch from localStorage', () => {
  it('moves a value found in localStorage to main once, then removes the key', async () => {
    localStorage.setItem(LEGACY_NOTE_MARKS_KEY, 'false')
    const migrated = await openWindow()
    expect(migrated.showAnnotationMarks).toBe(false)
    expect(await noteMarksInMain()).toBe(false)
    expect(localStorage.getItem(LEGACY_NOTE_MARKS_KEY)).toBeNull()

    // Once: a later change in main is not undone by an old value on the next start.
    await api.updateSettings({ noteMarks: true })
    const later = await openWindow()
    expect(later.showAnnotationMarks).toBe(true)
    expect(await noteMarksInMain()).toBe(true)
  })

  it('keeps the old value when main cannot take it, to try again next start', async () => {
    localStorage.setItem(LEGACY_NOTE_MARKS_KEY, 'false')
    api = realBridgeWithData(dataDir).api
    vi.stubGlobal('elshi', {
      ...api,
      updateSettings: async () => ({
        ok: false,
        error: { code: 'read-only', reason: reason('readOnly.folderNotWritable', {}) }
      })
    })
    setActivePinia(createPinia())
    const preferences = useSettingsStore()
    await preferences.load()
    expect(localStorage.getItem(LEGACY_NOTE_MARKS_KEY)).toBe('false')
    expect(preferences.error).toContain('Elshi is not allowed to write to its data folder')
  })

  it('forgets a value that was never a boolean', async () => {
    localStorage.setItem(LEGACY_NOTE_MARKS_KEY, 'maybe')
    const preferences = await openWindow()
    expect(preferences.showAnnotationMarks).toBe(true)
    expect(localStorage.getItem(LEGACY_NOTE_MARKS_KEY)).toBeNull()
  })
})
