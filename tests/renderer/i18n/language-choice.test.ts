/**
 * Choosing the interface language: the system's languages (here the page's navigator.languages, as in
 * the harness), then the reader's choice in the settings panel, applied at once and kept by main, then
 * back to the system; English when nothing matches; the page's own rule when main cannot answer.
 */
import { reason } from '../../../src/shared/i18n/reasons'
import { flushPromises, mount } from '@vue/test-utils'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import SettingsPanel from '../../../src/renderer/src/components/SettingsPanel.vue'
import { currentLocale, setInterfaceLocale } from '../../../src/renderer/src/i18n'
import { followInterfaceLocale } from '../../../src/renderer/src/i18n/followLocale'
import { useSettingsStore } from '../../../src/renderer/src/stores/settings'
import type { ElshiApi } from '../../../src/shared/contract'
import { realBridgeWithData } from '../../support/real-bridge'

const realLanguages = navigator.languages
function preferLanguages(languages: readonly string[]): void {
  Object.defineProperty(navigator, 'languages', { value: languages, configurable: true })
}

async function openPage(api: ElshiApi) {
  vi.stubGlobal('elshi', api)
  setActivePinia(createPinia())
  const settings = useSettingsStore()
  await settings.load()
  await followInterfaceLocale(settings)
  return settings
}

afterEach(() => {
  preferLanguages(realLanguages)
  setInterfaceLocale('en')
  vi.unstubAllGlobals()
})

describe('the language choice', () => {
  it('follows the system, then the choice in the settings panel at once, then the system again', async () => {
    preferLanguages(['kk-KZ', 'en-US'])
    const dataDir = mkdtempSync(join(tmpdir(), 'elshi-user-data-'))
    const { api, userData } = realBridgeWithData(dataDir)
    await openPage(api)
    expect(currentLocale()).toBe('kk')
    expect(document.documentElement.lang).toBe('kk')

    const panel = mount(SettingsPanel, { props: { open: true } })
    await flushPromises()
    expect(panel.find('#settings-title').text()).toBe('Оқу баптаулары')
    const option = (value: string) => panel.find(`input[name="language"][value="${value}"]`)
    // Each language is named in itself, with its own lang for the screen reader's voice.
    expect(panel.find('input[name="language"][value="ru"] + span').text()).toBe('Русский')
    expect(panel.find('input[name="language"][value="ru"] + span').attributes('lang')).toBe('ru')
    expect(panel.find('input[name="language"][value="kk"] + span').text()).toBe('Қазақша')
    expect((option('system').element as HTMLInputElement).checked).toBe(true)

    await option('ru').trigger('change')
    // At once, before main has answered.
    expect(currentLocale()).toBe('ru')
    expect(panel.find('#settings-title').text()).toBe('Настройки чтения')
    expect(document.documentElement.lang).toBe('ru')
    await flushPromises()
    const kept = await api.getSettings()
    expect(kept.ok && kept.value.settings.language).toBe('ru')

    await option('system').trigger('change')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(currentLocale()).toBe('kk')
    })
    expect(panel.find('#settings-title').text()).toBe('Оқу баптаулары')
    panel.unmount()

    // Elshi started again on the same data: the choice main kept wins over the system. The first main
    // lets go of the folder first; else the second would open it read-only and refuse the change.
    await userData.close()
    const again = realBridgeWithData(dataDir).api
    await again.updateSettings({ language: 'en' })
    await openPage(again)
    expect(currentLocale()).toBe('en')
  })

  it('speaks English when none of the preferred languages is one Elshi speaks', async () => {
    preferLanguages(['de-DE', 'fr'])
    const { api } = realBridgeWithData(mkdtempSync(join(tmpdir(), 'elshi-user-data-')))
    setInterfaceLocale('ru')
    await openPage(api)
    expect(currentLocale()).toBe('en')
    expect(document.documentElement.lang).toBe('en')
  })

  it('chooses by the same rule itself when main cannot answer', async () => {
    preferLanguages(['ru-RU'])
    const { api } = realBridgeWithData(mkdtempSync(join(tmpdir(), 'elshi-user-data-')))
    const silent: ElshiApi = {
      ...api,
      getLocale: async () => ({ ok: false, error: { code: 'unavailable', reason: reason('internal', {}) } })
    }
    await openPage(silent)
    expect(currentLocale()).toBe('ru')
  })
})
