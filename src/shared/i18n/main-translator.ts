/**
 * `t` for main's own texts (menu, dialogs, notifications) in one locale, over main's message areas
 * only. Reads the same files and syntax as the renderer's vue-i18n (see ./format.ts).
 */
import { MAIN_MESSAGES, type MainMessages } from './areas/main'
import { createTranslator, type Translate } from './format'
import { DEFAULT_LOCALE, type Locale } from './locales'

export type MainTranslate = Translate<MainMessages>

export const mainTranslator = (locale: Locale): MainTranslate =>
  createTranslator(locale, MAIN_MESSAGES[locale], MAIN_MESSAGES[DEFAULT_LOCALE])
