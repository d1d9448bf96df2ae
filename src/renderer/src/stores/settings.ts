/**
 * The settings main keeps in settings.json, as the page sees them. `load()` runs before the app mounts
 * (main.ts), so the first paint already has the reader's theme and text size. Every change goes to main
 * and the page takes main's answer (or its push, when another window changed something).
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import {
  DEFAULT_SETTINGS,
  type ReadingSettings,
  type Settings,
  type SettingsChange
} from '../../../shared/settings/schema'
import { bridge } from '../bridge'

export const useSettingsStore = defineStore('settings', () => {
  const settings = ref<Settings>(DEFAULT_SETTINGS)
  const error = ref<string | null>(null)
  let unsubscribe: (() => void) | null = null

  async function load(): Promise<void> {
    const result = await bridge().getSettings()
    if (result.ok) settings.value = result.value
    else error.value = `Your settings could not be read, so the defaults are used: ${result.error.message}`
    unsubscribe ??= bridge().onSettingsChanged((next) => (settings.value = next))
  }

  async function update(change: SettingsChange): Promise<void> {
    const result = await bridge().updateSettings(change)
    if (result.ok) {
      settings.value = result.value
      error.value = null
    } else {
      error.value = `The setting could not be saved: ${result.error.message}`
    }
  }

  const updateReading = (change: Partial<ReadingSettings>): Promise<void> => update({ reading: change })

  return { settings, error, load, update, updateReading }
})
