/**
 * The message areas of main's own texts: the application menu, the OS dialogs, the About panel's
 * texts from main, and the error codes main sends (which the renderer turns into words). Main imports
 * only these (its bundle carries no renderer text); the renderer gets them through ../messages.ts.
 *
 * One list per owner (this one: main's areas; ./renderer.ts: the renderer's), so adding an area never
 * edits a list someone else is editing. Each file is nested under its area name (`{"menu": {…}}`), so
 * spreading them never clashes. English is the source of truth for the shape: ru and kk must have every
 * key (a missing key is a type error here; placeholders and plural forms are checked by the
 * completeness tests in tests/shared/i18n/).
 */
import type { Locale } from '../locales'
import enMenu from '../messages/en/menu.json'
import kkMenu from '../messages/kk/menu.json'
import ruMenu from '../messages/ru/menu.json'

const en = { ...enMenu }

export type MainMessages = typeof en

export const MAIN_MESSAGES: Readonly<Record<Locale, MainMessages>> = {
  en,
  ru: { ...ruMenu },
  kk: { ...kkMenu }
}
