/**
 * The settings main keeps in settings.json, as the page sees them: the one store for them. `load()` runs
 * before the app mounts (main.ts), so the first paint already has the reader's theme and text size; it
 * also follows the settingsChanged push (another window, the menu). A change shows at once, goes to
 * main, and the page then takes main's answer, or what main really kept when it could not save; of
 * the states main sends, in whatever order they arrive, the page keeps the one main kept last.
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
import { isNewerState, type SettingsState } from '../../../shared/settings/state'
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
   * The newest state main has told this page of, answered or pushed. Answers and pushes travel
   * separately (in the harness over two connections; Electron promises no order between an invoke's
   * reply and a push), so a message can arrive after a newer one. Main, the one writer, numbers every
   * state it keeps (src/shared/settings/state.ts): only a higher revision replaces this one.
   */
  let latest: SettingsState | null = null
  /**
   * Changes sent to main and not yet answered. While one is on its way the page shows its own change,
   * which no state from main may yet hold; once every one is answered, `latest` holds them all (main
   * answers a change after keeping it), so the page shows `latest` again.
   */
  let pending = 0

  /** Vue ignores the same object set again, so a late, older state leaves the page as it is. */
  function showLatest(): void {
    if (pending === 0 && latest !== null) settings.value = latest.settings
  }

  function hear(state: SettingsState): void {
    if (isNewerState(state, latest)) latest = state
    showLatest()
  }

  async function update(change: SettingsChange): Promise<boolean> {
    settings.value = applySettingsChange(settings.value, change)
    pending++
    const result = await bridge().updateSettings(change)
    pending--
    if (result.ok) {
      error.value = null
      hear(result.value)
      return true
    }
    error.value = t('settings.notSaved', { reason: errorText(result.error) })
    // Show what main really kept, not a change that was not saved. A refused change has no revision, so
    // main's answer may be the state this page already holds: it is shown even though it is not newer.
    const current = await bridge().getSettings()
    if (current.ok) hear(current.value)
    else showLatest()
    return false
  }

  async function firstLoad(): Promise<void> {
    bridge().onSettingsChanged(hear)
    const result = await bridge().getSettings()
    if (result.ok) hear(result.value)
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
