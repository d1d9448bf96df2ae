/**
 * The reader's settings, kept by main in settings.json (getSettings / updateSettings, and the
 * settingsChanged push when they change in another window or from the menu). The page keeps a copy
 * that starts at the defaults, follows main once loaded, and changes at once when the reader changes
 * something, so a switch never waits for the disk. Builds before main kept settings stored the note
 * marks switch in localStorage: a value still found there is sent to main once, then removed.
 */
import { defineStore } from 'pinia'
import { computed, onScopeDispose, ref } from 'vue'
import {
  DEFAULT_SETTINGS,
  applySettingsChange,
  type Settings,
  type SettingsChange
} from '../../../shared/settings/schema'
import { bridge } from '../bridge'
import { takeLegacyNoteMarks, forgetLegacyNoteMarks } from './legacyPreferences'

export { LEGACY_NOTE_MARKS_KEY } from './legacyPreferences'

export const usePreferencesStore = defineStore('preferences', () => {
  const settings = ref<Settings>(structuredClone(DEFAULT_SETTINGS))
  /** Why the last change could not be kept (e.g. the data folder is read-only), or null. */
  const error = ref<string | null>(null)

  const stopListening = bridge().onSettingsChanged((next) => (settings.value = next))
  onScopeDispose(stopListening)

  async function update(change: SettingsChange): Promise<boolean> {
    settings.value = applySettingsChange(settings.value, change)
    const result = await bridge().updateSettings(change)
    if (result.ok) {
      settings.value = result.value
      error.value = null
      return true
    }
    error.value = result.error.message
    // Show what main really kept, not a change that was not saved.
    const current = await bridge().getSettings()
    if (current.ok) settings.value = current.value
    return false
  }

  async function load(): Promise<void> {
    const result = await bridge().getSettings()
    if (result.ok) settings.value = result.value
    const legacy = takeLegacyNoteMarks()
    // A value that is not a boolean was never meaningful: forget it too.
    if (legacy === null || (await update({ noteMarks: legacy }))) forgetLegacyNoteMarks()
  }
  const ready = load()

  /** Off: the text reads plain, with no annotation marks; notes stay reachable from glossary and timeline. */
  const showAnnotationMarks = computed({
    get: () => settings.value.noteMarks,
    set: (noteMarks: boolean) => void update({ noteMarks })
  })

  return { settings, error, ready, update, showAnnotationMarks }
})
