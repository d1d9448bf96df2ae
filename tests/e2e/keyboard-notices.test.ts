/**
 * Notices dismissed with the keyboard alone: the damaged-data notice at start and a shell notice (an
 * elshi:// link that was refused). Focus goes back to the text, never to the page itself.
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { launchReader, type Reader } from './support/launch-reader'
import { focusSettles, pressUntil } from './support/keyboard'

const EDITION = 'diplomatic-service-at-30'
let reader: Reader | null = null
afterAll(async () => {
  await reader?.close()
})

describe('keyboard only: notices', () => {
  it('dismisses the damaged-data notice and a refused link’s notice, focus going back to the text', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'elshi-damaged-'))
    await writeFile(join(dir, 'bookmarks.json'), '{"schemaVersion": 1, "data": {"bookmarks": [ {"id": "to')
    reader = await launchReader({ width: 1280, height: 860 }, 'light', { userDataDir: dir })
    const { page } = reader
    await page.goto(`${reader.url}#/${EDITION}/nuclear`)
    const notice = page.getByRole('region', { name: 'About your saved data' })
    await notice.waitFor()
    await focusSettles(page, (f) => f.tag === 'h1' && f.name === 'Nuclear disarmament')

    await page.keyboard.press('F6')
    await pressUntil(page, (f) => f.name === 'Dismiss')
    await page.keyboard.press('Enter')
    await expect.poll(() => notice.count()).toBe(0)
    await focusSettles(page, (f) => f.tag === 'h1' && f.name === 'Nuclear disarmament' && f.ring)

    reader.push('shellNotice', { link: 'notInLibrary' })
    const shellNotice = page.locator('.shell-notice')
    await shellNotice.waitFor()
    await pressUntil(page, (f) => f.name === 'Dismiss', { key: 'Shift+Tab' })
    await page.keyboard.press('Enter')
    await expect.poll(() => shellNotice.count()).toBe(0)
    await focusSettles(page, (f) => f.tag === 'h1' && f.name === 'Nuclear disarmament' && f.ring)
  })
})
