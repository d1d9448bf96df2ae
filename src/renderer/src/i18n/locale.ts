/** Intl's locale for each interface language (dates, numbers, lists). */
import type { Locale } from '../../../shared/i18n/locales'

/** English keeps the day-month-year order the edition's own dates use ("8 September 2006"). */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', ru: 'ru', kk: 'kk' }
