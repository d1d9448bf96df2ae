/**
 * The interface languages and how one is chosen. Shared by main (the menu, dialogs, the locale it
 * reports to the page) and the renderer (vue-i18n), so both always agree.
 *
 * The choice: the reader's own choice in Settings (`settings.language`) wins; when it is `null`
 * ("follow the system"), the first of the OS's preferred languages that Elshi speaks (main asks
 * `app.getPreferredSystemLanguages()`; the harness, with no Electron, uses the browser's
 * `navigator.languages`); when none matches, English. Regional variants count as their language
 * (`ru-RU`, `kk-KZ`, `en-GB`), whatever the region.
 */
import { LANGUAGES, type Language } from '../settings/schema'

/** The settings' languages are the interface languages: one list, kept in the settings schema. */
export const LOCALES = LANGUAGES
export type Locale = Language
export const DEFAULT_LOCALE: Locale = 'en'

/** How each language names itself, for the language choice (never translated). */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  ru: 'Русский',
  kk: 'Қазақша'
}

export const isLocale = (value: unknown): value is Locale => LOCALES.some((locale) => locale === value)

/**
 * The language of a BCP 47 tag (`kk-Cyrl-KZ` → `kk`), or null for what is not a tag. POSIX names
 * (`ru_RU.UTF-8`, as some Linux desktops report them) are read too.
 */
export function localeOfTag(tag: string): Locale | null {
  const bcp47 = tag.trim().split('.')[0]?.replace(/_/g, '-') ?? ''
  try {
    const language = new Intl.Locale(bcp47).language.toLowerCase()
    return isLocale(language) ? language : null
  } catch {
    return null
  }
}

/** The interface language: the reader's choice, else the first preferred language Elshi speaks, else English. */
export function resolveLocale(chosen: Language | null, preferred: readonly string[]): Locale {
  if (chosen) return chosen
  for (const tag of preferred) {
    const locale = localeOfTag(tag)
    if (locale) return locale
  }
  return DEFAULT_LOCALE
}
