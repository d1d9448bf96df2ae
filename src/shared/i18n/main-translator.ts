/**
 * `t` for main's own texts (menu, dialogs, notifications) in one locale, over main's message areas
 * only. Reads the same files and syntax as the renderer's vue-i18n (see ./format.ts).
 */
import { MAIN_MESSAGES, type MainMessages } from './areas/main'
import { createTranslator, formatMessage, lookup, type Translate } from './format'
import { describeReason, type Reason, type TranslateFn } from './reasons'
import { DEFAULT_LOCALE, type Locale } from './locales'

export type MainTranslate = Translate<MainMessages>

export const mainTranslator = (locale: Locale): MainTranslate =>
  createTranslator(locale, MAIN_MESSAGES[locale], MAIN_MESSAGES[DEFAULT_LOCALE])

/**
 * A reason (src/shared/i18n/reasons.ts) in words in `locale`, with its numbers and dates, for what
 * main shows itself; the page does the same through vue-i18n.
 */
export function mainReasonText(locale: Locale, reason: Reason): string {
  const t: TranslateFn = (key, params, count) =>
    formatMessage(
      locale,
      lookup(MAIN_MESSAGES[locale], key) ?? lookup(MAIN_MESSAGES.en, key) ?? key,
      params,
      count
    )
  return describeReason(reason, t, {
    number: (n) => new Intl.NumberFormat(locale).format(n),
    moment: (iso) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso))
  })
}
