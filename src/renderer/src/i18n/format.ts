/**
 * Dates, numbers and lists in the interface language, through Intl ("1 декабря 2026 г.",
 * "2026 ж. 1 желтоқсан"). Reading the locale inside a computed or a template makes them follow a
 * change of language.
 */
import { intlLocale, t } from '.'

/** A whole or decimal number with the language's grouping ("12 345" in Russian and Kazakh). */
export const formatNumber = (value: number): string => new Intl.NumberFormat(intlLocale()).format(value)

/** A plural message with its count written the language's way: `{count}` in the message. */
export const tc = (key: string, count: number): string => t(key, { count: formatNumber(count) }, count)

/** "2006-09-08" → "8 September 2006", in UTC (a calendar date, not a moment); a bare year stays as is. */
export function formatCalendarDate(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(date)) return date
  return new Intl.DateTimeFormat(intlLocale(), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC'
  }).format(new Date(`${date}T00:00:00Z`))
}

/** A moment in the reader's time zone, to the minute (when a version was saved). */
export const formatMoment = (iso: string): string =>
  new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))

/** A day in the reader's time zone ("1 Dec 2026"), for when a bookmark was made. */
export const formatDay = (iso: string): string =>
  new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium' }).format(new Date(iso))

/** "a, b and c" the language's way. */
export const formatList = (items: readonly string[]): string =>
  new Intl.ListFormat(intlLocale(), { type: 'conjunction' }).format(items)
