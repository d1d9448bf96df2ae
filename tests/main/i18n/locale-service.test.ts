import { describe, expect, it } from 'vitest'
import { createLocaleService, type SettingsSource } from '../../../src/main/i18n/locale-service'
import type { LocaleInfo } from '../../../src/shared/i18n/locale-info'
import { DEFAULT_SETTINGS, type Language, type Settings } from '../../../src/shared/settings/schema'

/** Settings that change when told, telling their listeners as SettingsService does. */
function fakeSettings(
  language: Language | null = null
): SettingsSource & { choose(l: Language | null): void } {
  let current: Settings = { ...DEFAULT_SETTINGS, language }
  const listeners = new Set<(s: Settings) => void>()
  return {
    get: () => current,
    onChange(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    choose(next) {
      current = { ...current, language: next }
      for (const listener of listeners) listener(current)
    }
  }
}

describe("main's interface language", () => {
  it("follows the OS's languages until the reader chooses one, and back", () => {
    const settings = fakeSettings()
    const locale = createLocaleService(settings, () => ['kk-KZ', 'ru-RU'])
    const heard: LocaleInfo[] = []
    locale.onChange((info) => heard.push(info))
    expect(locale.current()).toEqual({ locale: 'kk', chosen: null })
    settings.choose('ru')
    settings.choose('en')
    settings.choose(null)
    expect(heard).toEqual([
      { locale: 'ru', chosen: 'ru' },
      { locale: 'en', chosen: 'en' },
      { locale: 'kk', chosen: null }
    ])
  })

  it('tells of a change of choice even when the language stays', () => {
    const settings = fakeSettings()
    const locale = createLocaleService(settings, () => ['ru'])
    const heard: LocaleInfo[] = []
    locale.onChange((info) => heard.push(info))
    settings.choose('ru')
    expect(heard).toEqual([{ locale: 'ru', chosen: 'ru' }])
  })

  it('stays silent for settings changes that leave the language alone, and after close', () => {
    const settings = fakeSettings('kk')
    const locale = createLocaleService(settings, () => [])
    const heard: LocaleInfo[] = []
    locale.onChange((info) => heard.push(info))
    settings.choose('kk')
    expect(heard).toEqual([])
    locale.close()
    settings.choose('ru')
    expect(heard).toEqual([])
  })

  it("uses the page's languages only where the OS reports none", () => {
    const withoutOs = createLocaleService(fakeSettings(), () => [])
    expect(withoutOs.current().locale).toBe('en')
    expect(withoutOs.offerPageLanguages(['ru-RU', 'en'])).toEqual({ locale: 'ru', chosen: null })
    const withOs = createLocaleService(fakeSettings(), () => ['en-GB'])
    expect(withOs.offerPageLanguages(['kk-KZ'])).toEqual({ locale: 'en', chosen: null })
  })
})
