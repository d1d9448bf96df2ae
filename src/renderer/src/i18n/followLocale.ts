/**
 * Keeps the interface language in step with main: before the first paint, the language main reports
 * (the reader's choice, else the OS's languages, else English; the page offers its navigator.languages
 * for the browser harness, where there is no OS to ask), and every change main pushes. A language the
 * reader picks in the settings panel applies at once, before main's push confirms it. Without an
 * answer from main, the same rule runs here over navigator.languages.
 */
import { watch } from 'vue'
import { resolveLocale } from '../../../shared/i18n/locales'
import { bridge } from '../bridge'
import type { useSettingsStore } from '../stores/settings'
import { setInterfaceLocale } from '.'

export async function followInterfaceLocale(settings: ReturnType<typeof useSettingsStore>): Promise<void> {
  bridge().onLocaleChanged((info) => setInterfaceLocale(info.locale))
  const answer = await bridge().getLocale([...navigator.languages])
  setInterfaceLocale(
    answer.ok ? answer.value.locale : resolveLocale(settings.settings.language, navigator.languages)
  )
  watch(
    () => settings.settings.language,
    (chosen) => void (chosen && setInterfaceLocale(chosen))
  )
}
