/**
 * Keeps the interface language in step with the reader's choice: applied before the first paint and
 * again, at once, whenever the choice changes (the settings panel, another window, the menu).
 */
import { watch } from 'vue'
import { resolveLocale } from '../../../shared/i18n/locales'
import type { useSettingsStore } from '../stores/settings'
import { setInterfaceLocale } from '.'

export function followInterfaceLocale(settings: ReturnType<typeof useSettingsStore>): void {
  watch(
    () => settings.settings.language,
    (chosen) => setInterfaceLocale(resolveLocale(chosen, navigator.languages)),
    { immediate: true }
  )
}
