/**
 * Plural forms, one rule for main's formatter and the renderer's vue-i18n (its `pluralRules` option).
 *
 * A message with a count holds its forms `|`-separated, in the order below, as CLDR names them for
 * whole numbers (counts in Elshi are always whole):
 * - en: one | other — "1 bookmark | {n} bookmarks"
 * - ru: one | few | many — "{n} закладка | {n} закладки | {n} закладок" (1, 21, 101 | 2–4, 22 | 0, 5–20, 11)
 * - kk: one | other — Kazakh nouns stay singular after a numeral: "{n} бетбелгі | {n} бетбелгі";
 *   the two forms differ only where a phrase does ("бір бетбелгі" against "{n} бетбелгі").
 * A message without a count has one form. "No bookmarks" is its own message, not a zero form.
 * The category comes from `Intl.PluralRules`; Russian fractions (CLDR "other") take the "few" form,
 * as Russian grammar does ("1,5 закладки").
 */
import type { Locale } from './locales'

export const PLURAL_FORMS = {
  en: ['one', 'other'],
  ru: ['one', 'few', 'many'],
  kk: ['one', 'other']
} as const satisfies Record<Locale, readonly Intl.LDMLPluralRule[]>

/** CLDR categories a locale's rules can give that its messages do not hold, and the form they use. */
const STAND_INS: Partial<Record<Locale, Partial<Record<Intl.LDMLPluralRule, Intl.LDMLPluralRule>>>> = {
  ru: { other: 'few' }
}

const rules = new Map<Locale, Intl.PluralRules>()

/** Which of a message's `|`-separated forms `count` takes in `locale` (0-based). */
export function pluralIndex(locale: Locale, count: number): number {
  let rule = rules.get(locale)
  if (!rule) {
    rule = new Intl.PluralRules(locale)
    rules.set(locale, rule)
  }
  const category = rule.select(Math.abs(count))
  const forms: readonly Intl.LDMLPluralRule[] = PLURAL_FORMS[locale]
  const index = forms.indexOf(STAND_INS[locale]?.[category] ?? category)
  return index >= 0 ? index : forms.length - 1
}

/**
 * vue-i18n's `pluralRules` option: the same choice, clamped to the forms a message really has (a
 * message with one form serves every count).
 */
export function vueI18nPluralRule(locale: Locale): (choice: number, choicesLength: number) => number {
  return (choice, choicesLength) => Math.min(pluralIndex(locale, choice), choicesLength - 1)
}
