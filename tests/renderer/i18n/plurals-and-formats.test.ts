/**
 * The renderer's vue-i18n: counts take each language's plural form and number grouping, dates and
 * lists are written the language's way, and the document's lang follows the interface language.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { setInterfaceLocale, t } from '../../../src/renderer/src/i18n'
import { formatCalendarDate, formatList, formatNumber, tc } from '../../../src/renderer/src/i18n/format'
import { localizeKeys } from '../../../src/renderer/src/i18n/keys'

afterEach(() => setInterfaceLocale('en'))

describe('plurals', () => {
  it('Russian: one, few and many as Russian counts', () => {
    setInterfaceLocale('ru')
    const counts = [0, 1, 2, 5, 11, 21, 101]
    expect(counts.map((n) => tc('restore.bookmarkCount', n))).toEqual([
      '0 закладок',
      '1 закладка',
      '2 закладки',
      '5 закладок',
      '11 закладок',
      '21 закладка',
      '101 закладка'
    ])
    expect(counts.map((n) => tc('search.hitCount', n))).toEqual([
      '0 совпадений',
      '1 совпадение',
      '2 совпадения',
      '5 совпадений',
      '11 совпадений',
      '21 совпадение',
      '101 совпадение'
    ])
    expect(tc('search.noteCount', 22)).toBe('22 примечания')
    expect(tc('search.noteCount', 112)).toBe('112 примечаний')
  })

  it('English: one and other', () => {
    expect([0, 1, 2, 21].map((n) => tc('restore.bookmarkCount', n))).toEqual([
      '0 bookmarks',
      '1 bookmark',
      '2 bookmarks',
      '21 bookmarks'
    ])
  })

  it('Kazakh: CLDR says one and other, and the noun stays singular after a numeral', () => {
    expect(new Intl.PluralRules('kk').resolvedOptions().pluralCategories.sort()).toEqual(['one', 'other'])
    setInterfaceLocale('kk')
    expect([1, 2, 5, 21].map((n) => tc('restore.bookmarkCount', n))).toEqual([
      '1 бетбелгі',
      '2 бетбелгі',
      '5 бетбелгі',
      '21 бетбелгі'
    ])
  })

  it('writes the count with the language’s grouping', () => {
    expect(tc('search.hitCount', 12345)).toBe('12,345 hits')
    setInterfaceLocale('ru')
    expect(tc('search.hitCount', 12345)).toMatch(/^12\s345 совпадений$/u)
    setInterfaceLocale('kk')
    expect(formatNumber(12345)).toMatch(/^12\s345$/u)
  })
})

describe('dates and lists', () => {
  it('writes a calendar date in each language', () => {
    expect(formatCalendarDate('2026-12-01')).toBe('1 December 2026')
    setInterfaceLocale('ru')
    expect(formatCalendarDate('2026-12-01')).toBe('1 декабря 2026 г.')
    setInterfaceLocale('kk')
    expect(formatCalendarDate('2026-12-01')).toBe('2026 ж. 1 желтоқсан')
  })

  it('keeps a bare year as it is', () => {
    setInterfaceLocale('ru')
    expect(formatCalendarDate('1992')).toBe('1992')
  })

  it('joins a list the language’s way', () => {
    expect(formatList(['a', 'b', 'c'])).toBe('a, b and c')
    setInterfaceLocale('ru')
    expect(formatList(['a', 'b', 'c'])).toBe('a, b и c')
  })
})

describe('the interface language', () => {
  it('sets the document’s lang and switches every message at once', () => {
    setInterfaceLocale('kk')
    expect(document.documentElement.lang).toBe('kk')
    expect(t('frame.views.bookmarks')).toBe('Бетбелгілер')
    setInterfaceLocale('ru')
    expect(document.documentElement.lang).toBe('ru')
    expect(t('frame.views.bookmarks')).toBe('Закладки')
  })

  it('names keys the language’s way where a convention exists, and keeps the modifiers', () => {
    setInterfaceLocale('ru')
    expect(localizeKeys('Shift+Enter')).toBe('Shift+Enter')
    expect(localizeKeys('Escape')).toBe('Esc')
    expect(localizeKeys('Ctrl+Space')).toBe('Ctrl+Пробел')
    setInterfaceLocale('kk')
    expect(localizeKeys('Space')).toBe('Бос орын')
    expect(localizeKeys('Alt+←')).toBe('Alt+←')
  })
})
