/**
 * The renderer's vue-i18n (Composition API): one global instance, so components and the stores and
 * composables that build sentences (`t` below) speak the same language, and a change of language
 * re-renders everything at once. Messages and plural rule are the shared ones (src/shared/i18n).
 */
import { createI18n } from 'vue-i18n'
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../../shared/i18n/locales'
import { MESSAGES } from '../../../shared/i18n/messages'
import { vueI18nPluralRule } from '../../../shared/i18n/plural'
import { INTL_LOCALE } from './locale'

export const i18n = createI18n({
  legacy: false,
  locale: DEFAULT_LOCALE,
  fallbackLocale: DEFAULT_LOCALE,
  messages: MESSAGES,
  pluralRules: Object.fromEntries(LOCALES.map((locale) => [locale, vueI18nPluralRule(locale)])),
  // The completeness test and the lint rule guard missing keys; the console stays for real errors.
  missingWarn: false,
  fallbackWarn: false
})

export const t = i18n.global.t

export const currentLocale = (): Locale => i18n.global.locale.value

/** The interface language now: messages, Intl formats and the document's lang follow it at once. */
export function setInterfaceLocale(locale: Locale): void {
  i18n.global.locale.value = locale
  document.documentElement.lang = locale
}

/** Intl's locale for the interface language (dates, numbers, lists). */
export const intlLocale = (): string => INTL_LOCALE[currentLocale()]
