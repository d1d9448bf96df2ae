/**
 * What a screen reader hears: a copy (twice), a save, an edit, a delete, an undo, an import and an
 * error, each spoken once, in one of the two live regions that were in the page before anything was said
 * (a MutationObserver in the page records every change of any live region's text).
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchReader, type Reader } from './support/launch-reader'

const EDITION = 'diplomatic-service-at-30'
let reader: Reader
beforeAll(async () => {
  reader = await launchReader({ width: 1180, height: 820 })
  await reader.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: reader.url })
})
afterAll(async () => {
  await reader?.close()
})

interface Spoken {
  text: string
  /** `status` or `alert`: the region's role; `existed`: it was in the page when the recording began. */
  role: string | null
  existed: boolean
}

/** Starts recording every non-empty text any live region takes on (as a string, so it runs in the page). */
const RECORD = `(() => {
  const live = '[role="status"], [role="alert"], [aria-live]'
  const before = new Set(document.querySelectorAll(live))
  const last = new WeakMap()
  for (const region of before) last.set(region, region.textContent.trim())
  window.__spoken = []
  new MutationObserver(() => {
    for (const region of document.querySelectorAll(live)) {
      const text = region.textContent.trim()
      if (text === (last.get(region) ?? '')) continue
      last.set(region, text)
      if (text) window.__spoken.push({ text, role: region.getAttribute('role'), existed: before.has(region) })
    }
  }).observe(document.body, { subtree: true, childList: true, characterData: true })
  return before.size
})()`

const spoken = (): Promise<Spoken[]> => reader.page.evaluate<Spoken[]>('window.__spoken')
const heardOnce = async (text: string | RegExp, times = 1): Promise<void> => {
  const matches = (s: Spoken): boolean => (typeof text === 'string' ? s.text === text : text.test(s.text))
  await expect.poll(async () => (await spoken()).filter(matches).length).toBe(times)
}

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
})
