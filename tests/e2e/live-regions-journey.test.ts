/**
 * What a screen reader hears: a copy (twice), a save, an edit, a delete, an undo, an import and an
 * error, then the saved-data notice at start, the update line, a refused link's notice and a paste cut
 * short, each spoken once, in one of the two live regions that were in the page before their words came
 * (a MutationObserver in the page records every change of any live region's text, and a region that
 * first appears already holding words, which screen readers often never read, is caught).
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchReader, type Reader } from './support/launch-reader'

const EDITION = 'diplomatic-service-at-30'
let reader: Reader
beforeAll(async () => {
  reader = await launchReader({ width: 1180, height: 820 }, 'light', { clipboard: true })
})
afterAll(async () => {
  await reader?.close()
})

/** What screen readers take for a live region (an <output> is a status region unless hidden). */
const LIVE = '[role="status"], [role="alert"], [aria-live], output:not([aria-hidden="true"])'

interface Spoken {
  text: string
  /** `status` or `alert`: the region's role; `existed`: it was in the page, known, before these words. */
  role: string | null
  existed: boolean
}

/**
 * Starts recording every non-empty text any live region takes on (as a string, so it runs in the page,
 * now or, given to addInitScript, before the app starts). Words a region holds when recording begins
 * are not recorded; words a region holds when it first appears after that are, as not `existed`.
 */
const RECORD = `(() => {
  const live = ${JSON.stringify(LIVE)}
  const last = new WeakMap()
  window.__spoken = []
  const scan = (start) => {
    for (const region of document.querySelectorAll(live)) {
      const text = region.textContent.trim()
      const known = last.has(region)
      if (known && text === last.get(region)) continue
      last.set(region, text)
      if (text && !start) window.__spoken.push({ text, role: region.getAttribute('role'), existed: known })
    }
  }
  scan(true)
  new MutationObserver(() => scan(false)).observe(document, { subtree: true, childList: true, characterData: true })
  return document.querySelectorAll(live).length
})()`

const spoken = (page: Page = reader.page): Promise<Spoken[]> => page.evaluate<Spoken[]>('window.__spoken')
const matches =
  (text: string | RegExp) =>
  (s: Spoken): boolean =>
    typeof text === 'string' ? s.text === text : text.test(s.text)
const heardOnce = async (text: string | RegExp, times = 1): Promise<void> => {
  await expect.poll(async () => (await spoken()).filter(matches(text)).length).toBe(times)
}
/** Waits until `text` has been said exactly once, and checks it was in a region of `role`. */
const saidOnceAs = async (page: Page, text: string | RegExp, role: 'status' | 'alert'): Promise<void> => {
  await expect.poll(async () => (await spoken(page)).filter(matches(text)).map((s) => s.role)).toEqual([role])
}
const LIVE_NOW = `document.querySelectorAll(${JSON.stringify(LIVE)}).length`

const UPDATE_LINE = 'Updates are checked only in installed builds of Elshi.'
const CUT_ANSWER = /^Results: .* Only the first 1,000 characters of what you pasted are searched\.$/

describe('live regions', () => {
  it('speaks every copy, save, undo, import and error once, in regions that were there before', async () => {
    const { page } = reader
    await page.goto(`${reader.url}#/${EDITION}/nuclear`)
    await page.getByRole('heading', { level: 1, name: 'Nuclear disarmament' }).waitFor()
    // Only the announcer's two regions are live when the page settles.
    expect(await page.evaluate<number>(RECORD)).toBe(2)

    for (let copy = 1; copy <= 2; copy++) {
      await page.locator('#p_nuclear-2').hover()
      await page.getByRole('button', { name: /^Link and citation for paragraph 2: / }).click()
      await page
        .getByRole('menu', { name: 'Link and citation' })
        .getByRole('menuitem', { name: 'Copy link' })
        .click()
      // The same words, said again for the second copy.
      await heardOnce('Link copied.', copy)
    }

    await page.locator('#p_nuclear-1').hover()
    await page.getByRole('button', { name: /^Bookmark paragraph 1: / }).click()
    await page.getByRole('textbox', { name: /Note/ }).waitFor()
    await page.keyboard.press('Control+Enter')
    await heardOnce('Bookmark added.')

    await page.evaluate(`location.hash = '#/${EDITION}/bookmarks'`)
    await page.getByRole('heading', { level: 1, name: 'Bookmarks' }).waitFor()
    const item = page.getByRole('list', { name: 'Bookmarks' }).getByRole('listitem')
    await item.getByRole('button', { name: 'Edit' }).click()
    await item.getByLabel('Note (optional)').fill('Heard once.')
    await item.getByRole('button', { name: 'Save' }).click()
    await heardOnce('Bookmark saved.')
    await item.getByRole('button', { name: 'Delete' }).click()
    await heardOnce('Bookmark deleted.')
    await page.getByRole('button', { name: 'Undo' }).click()
    await heardOnce('Bookmark restored.')

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export JSON (W3C)' }).click()
    ])
    const exported = join(reader.userDataDir, 'exported.json')
    await json.saveAs(exported)
    await page.getByLabel('Import JSON…').setInputFiles(exported)
    await heardOnce('Imported from exported.json. Added 0 bookmarks, skipped 1, rejected 0.')

    const broken = join(reader.userDataDir, 'broken.json')
    await writeFile(broken, 'this is not JSON')
    await page.getByLabel('Import JSON…').setInputFiles(broken)
    await page.locator('.notice.error').first().waitFor()
    const error = (await page.locator('.notice.error').first().textContent())!.trim()
    expect(error).not.toBe('')
    await heardOnce(error)
    await reader.screenshot('live-regions-01-error')

    const all = await spoken()
    // Each said in a region that existed before its text changed: statuses politely, the error assertively.
    expect(all.filter((s) => !s.existed)).toEqual([])
    expect(all.filter((s) => s.text === error).map((s) => s.role)).toEqual(['alert'])
    expect(all.filter((s) => s.text === 'Bookmark restored.').map((s) => s.role)).toEqual(['status'])
  })

  it('speaks the saved-data notice, the update line, a refused link and a cut paste once, from the start', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'elshi-damaged-'))
    await writeFile(join(dir, 'bookmarks.json'), '{"schemaVersion": 1, "data": {"bookmarks": [ {"id": "torn')
    const damaged = await launchReader({ width: 1180, height: 820 }, 'light', {
      userDataDir: dir,
      clipboard: true
    })
    try {
      const { page } = damaged
      // Recording from before the app's first render: the notice comes as the page starts.
      await page.addInitScript(RECORD)
      await page.goto(`${damaged.url}#/${EDITION}/nuclear`)
      await page.getByRole('heading', { level: 1, name: 'Nuclear disarmament' }).waitFor()

      // The notice is a named region of the page, not a live region: its words are said assertively.
      const notice = page.getByRole('region', { name: 'About your saved data' })
      await notice.waitFor()
      expect(await notice.getAttribute('role')).toBeNull()
      const words = (await notice.locator('.startup-notice p').first().textContent())!.trim()
      expect(words).toContain('bookmarks.json could not be used')
      await saidOnceAs(page, words, 'alert')

      // The update line, politely; the line itself is no live region.
      damaged.push('menuCommand', { command: 'check-updates' })
      const line = page.locator('.update-status')
      await line.waitFor()
      expect(await line.getAttribute('role')).toBeNull()
      expect(await line.getAttribute('aria-live')).toBeNull()
      await saidOnceAs(page, UPDATE_LINE, 'status')

      damaged.push('shellNotice', { link: 'notInLibrary' })
      const shellNotice = page.locator('.shell-notice')
      await shellNotice.waitFor()
      expect(await shellNotice.getAttribute('role')).toBeNull()
      const refusal = (await shellNotice.locator('p').textContent())!.trim()
      expect(refusal).toContain('not in this library')
      await saidOnceAs(page, refusal, 'status')

      // A real paste, cut by the box: said with the answer to the query it cut.
      await page.evaluate(`navigator.clipboard.writeText('nuclear '.repeat(200))`)
      await page.locator('#search-input').focus()
      await page.keyboard.press('ControlOrMeta+v')
      const cut = page.locator('.search-results .search-cut')
      await cut.waitFor()
      expect(await cut.getAttribute('role')).toBeNull()
      await saidOnceAs(page, CUT_ANSWER, 'status')
      await damaged.screenshot('live-regions-02-notices')

      // Still only the announcer's two regions are live; each line was said once, in one that was there before.
      expect(await page.evaluate<number>(LIVE_NOW)).toBe(2)
      const all = await spoken(page)
      for (const text of [words, UPDATE_LINE, refusal, CUT_ANSWER])
        expect(all.filter(matches(text))).toHaveLength(1)
      expect(all.filter((s) => !s.existed)).toEqual([])
    } finally {
      await damaged.close()
    }
  })
})
