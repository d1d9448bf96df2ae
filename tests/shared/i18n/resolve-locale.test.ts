import { describe, expect, it } from 'vitest'
import { DEFAULT_LOCALE, LOCALES, localeOfTag, resolveLocale } from '../../../src/shared/i18n/locales'
import { LANGUAGES } from '../../../src/shared/settings/schema'

describe('the interface language', () => {
  it('is one of the languages the settings can hold, English by default', () => {
    expect(LOCALES).toEqual(LANGUAGES)
    expect(DEFAULT_LOCALE).toBe('en')
  })

  it('follows the first preferred language Elshi speaks, whatever its region', () => {
    expect(resolveLocale(null, ['ru-RU', 'en-US'])).toBe('ru')
    expect(resolveLocale(null, ['kk-KZ'])).toBe('kk')
    expect(resolveLocale(null, ['kk'])).toBe('kk')
    expect(resolveLocale(null, ['en-GB', 'ru'])).toBe('en')
    expect(resolveLocale(null, ['de-DE', 'fr', 'kk-Cyrl-KZ', 'ru'])).toBe('kk')
  })

  it("lets the reader's choice override the system", () => {
    expect(resolveLocale('kk', ['ru-RU', 'en-US'])).toBe('kk')
    expect(resolveLocale('en', ['ru-RU'])).toBe('en')
    expect(resolveLocale('ru', [])).toBe('ru')
  })

  it('falls back to English when nothing matches or nothing is known', () => {
    expect(resolveLocale(null, [])).toBe('en')
    expect(resolveLocale(null, ['de-DE', 'zh-Hans-CN'])).toBe('en')
    expect(resolveLocale(null, ['', 'not a tag', '*'])).toBe('en')
  })

  it('reads POSIX locale names and any letter case', () => {
    expect(localeOfTag('ru_RU.UTF-8')).toBe('ru')
    expect(localeOfTag('KK-kz')).toBe('kk')
    expect(localeOfTag('C')).toBeNull()
  })
})
