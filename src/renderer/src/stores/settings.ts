/**
 * The settings main keeps in settings.json, as the page sees them: the one store for them. `load()` runs
 * before the app mounts (main.ts), so the first paint already has the reader's theme and text size; it
 * also follows the settingsChanged push (another window, the menu). A change shows at once, goes to
 * main, and the page then takes main's answer, or what main really kept when it could not save.
 * Builds before main kept settings stored the note-marks switch in localStorage: a value still found
 * there is sent to main once, and removed only after main has kept it.
 */
import { errorText } from '../i18n/reasons'
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import {
  DEFAULT_SETTINGS,
  applySettingsChange,
  type ReadingSettings,
  type Settings,
  type SettingsChange
} from '../../../shared/settings/schema'
import { bridge } from '../bridge'
import { t } from '../i18n'
import { forgetLegacyNoteMarks, takeLegacyNoteMarks } from './legacyPreferences'

export { LEGACY_NOTE_MARKS_KEY } from './legacyPreferences'

export const useSettingsStore = defineStore('settings', () => {
  const settings = ref<Settings>(structuredClone(DEFAULT_SETTINGS))
  /** Why settings could not be read or the last change kept (e.g. a read-only data folder), or null. */
  const error = ref<string | null>(null)
  let loading: Promise<void> | null = null

  /**
   * Changes sent to main and not yet answered. Answers and pushes travel separately (and in the harness
   * over two connections), so while a later change is on its way an earlier answer or push is already
   * out of date: only the answer to the latest change is taken, and it holds every change before it.
   */
  let pending = 0

  async function update(change: SettingsChange): Promise<boolean> {
    settings.value = applySettingsChange(settings.value, change)
    pending++
    const result = await bridge().updateSettings(change)
    pending--
    if (result.ok) {
      if (pending === 0) settings.value = result.value.settings
      error.value = null
      return true
    }
    error.value = t('settings.notSaved', { reason: errorText(result.error) })
    // Show what main really kept, not a change that was not saved.
    const current = await bridge().getSettings()
    if (current.ok && pending === 0) settings.value = current.value.settings
    return false
  }

  async function firstLoad(): Promise<void> {
    bridge().onSettingsChanged((next) => {
      if (pending === 0) settings.value = next.settings
    })
    const result = await bridge().getSettings()
    if (result.ok) settings.value = result.value.settings
    else error.value = t('settings.notRead', { reason: errorText(result.error) })
    const legacy = takeLegacyNoteMarks()
    // A value that is not a boolean was never meaningful: forget it too.
    if (legacy === null || (await update({ noteMarks: legacy }))) forgetLegacyNoteMarks()
  }

  /** Loads once; later calls wait for the same load. It starts as soon as the store exists. */
  const load = (): Promise<void> => (loading ??= firstLoad())
  void load()

  const updateReading = (change: Partial<ReadingSettings>): Promise<boolean> => update({ reading: change })

  /** Off: the text reads plain, with no annotation marks; notes stay reachable from glossary and timeline. */
  const showAnnotationMarks = computed({
    get: () => settings.value.noteMarks,
    set: (noteMarks: boolean) => void update({ noteMarks })
  })

  return { settings, error, load, update, updateReading, showAnnotationMarks }
})
