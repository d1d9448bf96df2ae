/**
 * A Markdown export is written in the interface language the reader chose: its headings and facts,
 * not the passages (the edition's words) or the notes (the reader's own).
 */
import { describe, expect, it } from 'vitest'
import { realBridgeWithData } from '../../support/real-bridge'
import { useTempDir } from '../../support/temp-dir'

const EDITION = 'diplomatic-service-at-30'

describe('the Markdown export over IPC', () => {
  const dir = useTempDir('elshi-export-language-')

  it('follows the chosen interface language, and English again when the choice is English', async () => {
    const { api, userData } = realBridgeWithData(dir())
    try {
      expect((await api.updateSettings({ language: 'ru' })).ok).toBe(true)
      const russian = await api.exportBookmarks(EDITION, 'markdown')
      if (!russian.ok) throw new Error(russian.error.reason.code)
      expect(russian.value.text).toMatch(
        /^# Закладки: .+\n\nЭкспортировано из Elshi \d{4}-\d\d-\d\d: 0 закладок\.\n$/u
      )
      await api.updateSettings({ language: 'en' })
      const english = await api.exportBookmarks(EDITION, 'markdown')
      if (!english.ok) throw new Error(english.error.reason.code)
      expect(english.value.text).toMatch(
        /^# Bookmarks: .+\n\nExported from Elshi on \d{4}-\d\d-\d\d: 0 bookmarks\.\n$/u
      )
    } finally {
      await userData.close()
    }
  })
})
