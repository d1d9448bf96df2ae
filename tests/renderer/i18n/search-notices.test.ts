/**
 * Main tells the page what happened to a search by kind and figures, never in English words: the
 * results panel says it in the interface language.
 */
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import SearchResults from '../../../src/renderer/src/components/SearchResults.vue'
import { setInterfaceLocale } from '../../../src/renderer/src/i18n'
import { useSearchStore } from '../../../src/renderer/src/stores/search'
import { realBridge } from '../../support/real-bridge'

const EDITION = 'diplomatic-service-at-30'
afterEach(() => {
  setInterfaceLocale('en')
  vi.unstubAllGlobals()
})

async function noticeFor(locale: 'en' | 'ru' | 'kk', query: string): Promise<string> {
  setInterfaceLocale(locale)
  vi.stubGlobal('elshi', realBridge())
  setActivePinia(createPinia())
  await useSearchStore().setQuery(EDITION, query, true)
  const panel = mount(SearchResults, { props: { editionId: EDITION } })
  const text = panel.text()
  panel.unmount()
  return text
}

describe('search notices in the interface language', () => {
  it('asks for a word to search for when only exclusions were typed', async () => {
    expect(await noticeFor('en', '-nuclear')).toContain(
      'Add a word to search for as well as the ones to leave out.'
    )
    const russian = await noticeFor('ru', '-nuclear')
    expect(russian).toContain('Добавьте слово для поиска')
    expect(russian).not.toContain('Add a word')
    expect(await noticeFor('kk', '-nuclear')).toContain('іздейтін сөзді де қосыңыз')
  })

  it('says a long query was cut, with the limit written the language’s way', async () => {
    const long = 'nuclear '.repeat(200)
    expect(await noticeFor('en', long)).toContain('Only the first 1,000 characters of this search are used.')
    expect(await noticeFor('ru', long)).toMatch(/первые 1\s000 символов/u)
  })

  it('names the common words searched as written', async () => {
    expect(await noticeFor('ru', 'the')).toContain('«the» состоит из очень частых слов')
  })
})
