/**
 * Dates, numbers and lists in the interface language, through Intl ("1 декабря 2026 г.",
 * "2026 ж. 1 желтоқсан"). Reading the locale inside a computed or a template makes them follow a
 * change of language.
 *
 * Chromium's ICU (the one Electron ships, and Debian's) has no Kazakh month names or list patterns:
 * it writes "2026 M12 1" and "a, b, c". Where Intl has no names for a language, the month names and
 * patterns come from the message files instead, so Kazakh reads "2026 ж. 1 желтоқсан" everywhere.
 */
import { intlLocale, t } from '.'

/** A whole or decimal number with the language's grouping ("12 345" in Russian and Kazakh). */
export const formatNumber = (value: number): string => new Intl.NumberFormat(intlLocale()).format(value)

/** A plural message with its count written the language's way: `{count}` in the message. */
export const tc = (key: string, count: number): string => t(key, { count: formatNumber(count) }, count)

const MONTHS: readonly (() => string)[] = [
  () => t('dates.months.january'),
  () => t('dates.months.february'),
  () => t('dates.months.march'),
  () => t('dates.months.april'),
  () => t('dates.months.may'),
  () => t('dates.months.june'),
  () => t('dates.months.july'),
  () => t('dates.months.august'),
  () => t('dates.months.september'),
  () => t('dates.months.october'),
  () => t('dates.months.november'),
  () => t('dates.months.december')
]

/** Whether this ICU names the months of the interface language (not "M12"). */
function intlNamesMonths(): boolean {
  const december = new Intl.DateTimeFormat(intlLocale(), { month: 'long', timeZone: 'UTC' })
    .formatToParts(new Date(Date.UTC(2026, 11, 1)))
    .find((part) => part.type === 'month')?.value
  return december !== undefined && !/\d/u.test(december)
}

/** A day as the language writes it in full: "1 December 2026", "1 декабря 2026 г.", "2026 ж. 1 желтоқсан". */
function fullDate(date: Date, timeZone: string | undefined): string {
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone }
  if (intlNamesMonths()) return new Intl.DateTimeFormat(intlLocale(), options).format(date)
  const parts = new Intl.DateTimeFormat('en-GB', { ...options, month: 'numeric' }).formatToParts(date)
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? ''
  const month = MONTHS[Number(part('month')) - 1]?.() ?? part('month')
  // Numbers as numbers: en-GB's numeric parts are zero-padded ("05"), the written date is not.
  return t('dates.fullDate', { day: String(Number(part('day'))), month, year: part('year') })
}

/** "2006-09-08" → "8 September 2006", a calendar date (not a moment: no time zone); a bare year stays. */
export function formatCalendarDate(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(date)) return date
  return fullDate(new Date(`${date}T00:00:00Z`), 'UTC')
}

/** A moment in the reader's time zone, to the minute (when a version was saved). */
export function formatMoment(iso: string): string {
  const moment = new Date(iso)
  if (intlNamesMonths())
    return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(moment)
  const time = new Intl.DateTimeFormat(intlLocale(), { timeStyle: 'short' }).format(moment)
  return t('dates.moment', { date: fullDate(moment, undefined), time })
}

/** A day in the reader's time zone ("1 Dec 2026"), for when a bookmark was made. */
export const formatDay = (iso: string): string =>
  intlNamesMonths()
    ? new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium' }).format(new Date(iso))
    : fullDate(new Date(iso), undefined)

/** "a, b and c" the language's way (Intl's pattern where it has one for the language). */
export function formatList(items: readonly string[]): string {
  const joined = new Intl.ListFormat(intlLocale(), { type: 'conjunction' }).format(items)
  const root = new Intl.ListFormat('und', { type: 'conjunction' }).format(items)
  if (items.length < 2 || joined !== root || intlLocale().startsWith('en')) return joined
  return t('dates.listEnd', { items: items.slice(0, -1).join(', '), last: items.at(-1) ?? '' })
}
