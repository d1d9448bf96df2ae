/**
 * The interface language main speaks and tells the page: `resolveLocale(settings.language, the OS's
 * preferred languages)`, recomputed whenever the settings change. Where the OS reports no languages
 * (the browser harness, a bare Linux session), the page's own `navigator.languages` stand in, once the
 * page has offered them. Listeners (the menu, the pages) hear only real changes of the language or
 * of the reader's choice.
 */
import type { LocaleInfo } from '../../shared/i18n/locale-info'
import { resolveLocale } from '../../shared/i18n/locales'
import type { Settings } from '../../shared/settings/schema'

export interface SettingsSource {
  get(): Settings
  onChange(listener: (settings: Settings) => void): () => void
}

export interface LocaleService {
  current(): LocaleInfo
  /** The page's preferred languages, for when the OS has none; answers the language now. */
  offerPageLanguages(languages: readonly string[]): LocaleInfo
  onChange(listener: (info: LocaleInfo) => void): () => void
  /** Stops following the settings. */
  close(): void
}

export function createLocaleService(
  settings: SettingsSource,
  systemLanguages: () => readonly string[]
): LocaleService {
  let pageLanguages: readonly string[] = []
  const listeners = new Set<(info: LocaleInfo) => void>()
  const compute = (): LocaleInfo => {
    const chosen = settings.get().language
    const system = systemLanguages()
    return { locale: resolveLocale(chosen, system.length > 0 ? system : pageLanguages), chosen }
  }
  let last = compute()
  const recompute = (): LocaleInfo => {
    const next = compute()
    if (next.locale !== last.locale || next.chosen !== last.chosen) {
      last = next
      for (const listener of listeners) listener(next)
    }
    return last
  }
  const stop = settings.onChange(() => void recompute())
  return {
    current: recompute,
    offerPageLanguages(languages) {
      pageLanguages = [...languages]
      return recompute()
    },
    onChange(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    close() {
      stop()
      listeners.clear()
    }
  }
}
