/**
 * The interface language as main tells it to the page (the `getLocale` answer and the `localeChanged`
 * push), and the page's own preferred languages it may offer in return.
 */
import * as v from 'valibot'
import { LANGUAGES } from '../settings/schema'
import { LOCALES } from './locales'

export const LocaleInfoSchema = v.strictObject({
  /** The language the interface speaks now. */
  locale: v.picklist(LOCALES),
  /** The reader's choice in Settings; `null` follows the system. */
  chosen: v.nullable(v.picklist(LANGUAGES))
})
export type LocaleInfo = v.InferOutput<typeof LocaleInfoSchema>

/**
 * The page's `navigator.languages`: main uses them only when the OS reports no preferred languages
 * (the browser harness has no Electron; the journeys set the browser's locale). Bounded like any input.
 */
export const PreferredLanguagesSchema = v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(32))
