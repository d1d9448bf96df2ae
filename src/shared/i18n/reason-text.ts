/**
 * A reason (./reasons.ts) in words in one locale, with its numbers and dates, outside vue-i18n: for
 * tests and any text main must word itself. Carries the errors and updates areas, so main's bundle
 * imports it only where it needs them.
 */
import { MAIN_MESSAGES } from './areas/main'
import { formatMessage, lookup } from './format'
import type { Locale } from './locales'
import { describeReason, type Reason, type TranslateFn } from './reasons'

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
