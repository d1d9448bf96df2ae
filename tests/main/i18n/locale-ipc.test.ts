import { describe, expect, it } from 'vitest'
import type { LocaleInfo } from '../../../src/shared/i18n/locale-info'
import { realBridgeWithData } from '../../support/real-bridge'
import { useTempDir } from '../../support/temp-dir'

const dir = useTempDir('elshi-locale-')

describe('the interface language over IPC', () => {
  it("answers from the page's languages when there are no OS languages, and pushes every change", async () => {
    const { api, userData } = realBridgeWithData(dir())
    try {
      expect(await api.getLocale(['kk-KZ', 'ru'])).toEqual({
        ok: true,
        value: { locale: 'kk', chosen: null }
      })
      const heard: LocaleInfo[] = []
      const stop = api.onLocaleChanged((info) => heard.push(info))
      await api.updateSettings({ language: 'ru' })
      await api.updateSettings({ noteMarks: false })
      await api.updateSettings({ language: null })
      expect(heard).toEqual([
        { locale: 'ru', chosen: 'ru' },
        { locale: 'kk', chosen: null }
      ])
      stop()
      expect(await api.getLocale([])).toEqual({ ok: true, value: { locale: 'en', chosen: null } })
    } finally {
      await userData.close()
    }
  })

  it('refuses languages that are not a bounded list of strings', async () => {
    const { api, userData } = realBridgeWithData(dir())
    try {
      const tooMany = Array.from({ length: 33 }, () => 'ru')
      for (const bad of [tooMany, ['x'.repeat(101)], 'ru', [7]])
        // @ts-expect-error: the page's types refuse these too; main checks at run time.
        expect(await api.getLocale(bad), JSON.stringify(bad).slice(0, 40)).toMatchObject({
          ok: false,
          error: { code: 'invalid-argument' }
        })
    } finally {
      await userData.close()
    }
  })
})
