/**
 * Every message of the interface, per locale: main's areas (./areas/main.ts) and the renderer's
 * (./areas/renderer.ts) merged into one object whose type comes from English. The renderer hands this
 * to vue-i18n (`createI18n({ messages: MESSAGES, … })`); main uses `MAIN_MESSAGES` alone, so its bundle
 * carries only its own texts.
 *
 * The files: `messages/<locale>/<area>.json`, vue-i18n's message syntax (`{name}` placeholders,
 * `|`-separated plural forms in the order ./plural.ts gives: en one|other, ru one|few|many, kk
 * one|other), each nested under its area's name. Plain imports rather than a glob, so the same module
 * loads in main's and the renderer's bundles, vitest and the tsx-run harness, and TypeScript checks
 * that every locale has every key.
 */
import type { Locale } from './locales'
import { MAIN_MESSAGES, type MainMessages } from './areas/main'
import { RENDERER_MESSAGES, type RendererMessages } from './areas/renderer'
import type { MessageKey } from './format'

export type Messages = MainMessages & RendererMessages
export type MessagePath = MessageKey<Messages>

const merged = (locale: Locale): Messages => ({ ...MAIN_MESSAGES[locale], ...RENDERER_MESSAGES[locale] })

export const MESSAGES: Readonly<Record<Locale, Messages>> = {
  en: merged('en'),
  ru: merged('ru'),
  kk: merged('kk')
}
