/**
 * `t` for main's own texts (the menu, the dialogs) in one locale, over those areas only, so main's
 * bundle carries no other text. Reads the same files and syntax as the renderer's vue-i18n (./format.ts).
 */
import { SHELL_MESSAGES, type ShellMessages } from './areas/shell'
import { createTranslator, type Translate } from './format'
import { DEFAULT_LOCALE, type Locale } from './locales'

export type MainTranslate = Translate<ShellMessages>

export const mainTranslator = (locale: Locale): MainTranslate =>
  createTranslator(locale, SHELL_MESSAGES[locale], SHELL_MESSAGES[DEFAULT_LOCALE])
