/**
 * The message areas of main's own texts: the application menu (`menu`), the OS dialogs (`dialogs`),
 * the codes main sends instead of sentences (`errors`: see ../reasons.ts) and the update check's one
 * line (`updates`), which the renderer turns into words. Main imports
 * only these (its bundle carries no renderer text); the renderer gets them through ../messages.ts.
 *
 * One list per owner (this one: main's areas; ./renderer.ts: the renderer's), so adding an area never
 * edits a list someone else is editing. Each file is nested under its area name (`{"menu": {…}}`), so
 * spreading them never clashes. English is the source of truth for the shape: ru and kk must have every
 * key (a missing key is a type error here; placeholders and plural forms are checked by the
 * completeness tests in tests/shared/i18n/).
 */
import type { Locale } from '../locales'
import { SHELL_MESSAGES } from './shell'
import enErrors from '../messages/en/errors.json'
import enUpdates from '../messages/en/updates.json'
import kkErrors from '../messages/kk/errors.json'
import kkUpdates from '../messages/kk/updates.json'
import ruErrors from '../messages/ru/errors.json'
import ruUpdates from '../messages/ru/updates.json'

const en = { ...SHELL_MESSAGES.en, ...enErrors, ...enUpdates }

export type MainMessages = typeof en

export const MAIN_MESSAGES: Readonly<Record<Locale, MainMessages>> = {
  en,
  ru: { ...SHELL_MESSAGES.ru, ...ruErrors, ...ruUpdates },
  kk: { ...SHELL_MESSAGES.kk, ...kkErrors, ...kkUpdates }
}
