import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { selectPhraseScript } from '../support/select-phrase'
import { launchReader, type Reader } from './support/launch-reader'

const EDITION = 'diplomatic-service-at-30'
const PASSAGE = 'voluntarily renouncing the fourth largest nuclear arsenal'
const readers: Reader[] = []
afterAll(async () => {
  for (const reader of readers) await reader.close()
})

async function launch(scheme: 'light' | 'dark' = 'light'): Promise<Reader> {
  const reader = await launchReader({ width: 1280, height: 860 }, scheme)
  readers.push(reader)
  return reader
}

async function select(page: Page, paragraphId: string, phrase: string): Promise<void> {
  await page.evaluate(selectPhraseScript(paragraphId, phrase))
}

const marked = (page: Page) => page.locator('mark.bookmark-mark')

describe('bookmarks in the built renderer', () => {
  const exported = { markdown: '', jsonPath: '' }

  it('bookmarks a selection with a note, keeps it over a reload, and manages it from the panel', async () => {
    const reader = await launch()
    const { page } = reader
    await page.goto(`${reader.url}#/${EDITION}/nuclear`)
    await page.getByRole('heading', { level: 1, name: 'Nuclear disarmament' }).waitFor()

    await select(page, 'nuclear-1', PASSAGE)
    await page.getByRole('button', { name: 'Bookmark', exact: true }).click()
    const composer = page.getByRole('dialog', { name: 'New bookmark' })
    await composer.waitFor()
    expect(await composer.locator('blockquote').textContent()).toBe(PASSAGE)
    await composer.getByLabel('Note (optional)').fill('A rare act: giving up an arsenal.')
    await composer.getByRole('radio', { name: 'Green' }).check()
    await reader.screenshot('bookmarks-01-composer-light')
    await composer.getByRole('button', { name: 'Add bookmark' }).click()
    await composer.waitFor({ state: 'detached' })
    await expect.poll(() => marked(page).allTextContents()).toEqual([PASSAGE])
    expect(await marked(page).getAttribute('class')).toContain('label-green')

    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Nuclear disarmament' }).waitFor()
    await expect.poll(() => marked(page).allTextContents()).toEqual([PASSAGE])
    await marked(page).focus()
    expect(await marked(page).getAttribute('aria-description')).toBe(
      'Bookmark note: A rare act: giving up an arsenal.'
    )
    await marked(page).hover()
    await reader.screenshot('bookmarks-02-highlight-and-note-light')

    await page.getByRole('link', { name: /^Bookmarks/ }).click()
    await page.getByRole('heading', { level: 1, name: 'Bookmarks' }).waitFor()
    const list = page.getByRole('list', { name: 'Bookmarks' })
    const item = list.getByRole('listitem')
    await expect.poll(() => item.count()).toBe(1)
    expect(await item.textContent()).toMatch(/Nuclear disarmament\s*Green/)
    expect(await item.textContent()).toContain('A rare act: giving up an arsenal.')
    await reader.screenshot('bookmarks-03-panel-light')

    await item.getByRole('link', { name: PASSAGE }).click()
    await page.getByRole('heading', { level: 1, name: 'Nuclear disarmament' }).waitFor()
    await expect.poll(() => marked(page).getAttribute('class')).toContain('flash')
    await expect.poll(() => marked(page).isVisible()).toBe(true)
    await reader.screenshot('bookmarks-04-jumped-light')

    await page.goBack()
    await page.getByRole('heading', { level: 1, name: 'Bookmarks' }).waitFor()
    await item.getByRole('button', { name: 'Edit' }).click()
    await item.getByLabel('Note (optional)').fill('Given up in 1994–95, by choice.')
    await item.getByRole('radio', { name: 'Blue' }).check()
    await reader.screenshot('bookmarks-05-editing-light')
    await item.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => item.textContent()).toMatch(/Blue[\s\S]*Given up in 1994–95, by choice\./)

    await page.getByLabel('Filter').fill('arsenal choice')
    await expect.poll(() => item.count()).toBe(1)
    await page.getByLabel('Filter').fill('treaty')
    await expect.poll(() => item.count()).toBe(0)
    await page.getByLabel('Filter').fill('')
    await page.getByLabel('Label').selectOption('blue')
    await expect.poll(() => item.count()).toBe(1)
    await page.getByLabel('Label').selectOption('all')

    await item.getByRole('button', { name: 'Delete' }).click()
    await expect.poll(() => item.count()).toBe(0)
    const undo = page.getByRole('button', { name: 'Undo' })
    await expect.poll(() => undo.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true)
    await reader.screenshot('bookmarks-06-deleted-light')
    await undo.click()
    await expect.poll(() => item.count()).toBe(1)
    expect(await item.textContent()).toContain('Given up in 1994–95, by choice.')

    const [markdown] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export Markdown' }).click()
    ])
    expect(markdown.suggestedFilename()).toBe(`${EDITION}-bookmarks.md`)
    exported.markdown = await readFile(await markdown.path(), 'utf8')
    expect(exported.markdown).toContain(
      `## Nuclear disarmament\n\n> ${PASSAGE}\n\nGiven up in 1994–95, by choice.`
    )
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export JSON (W3C)' }).click()
    ])
    expect(json.suggestedFilename()).toBe(`${EDITION}-bookmarks.json`)
    exported.jsonPath = await json.path()
    expect(JSON.parse(await readFile(exported.jsonPath, 'utf8'))).toMatchObject({
      type: 'AnnotationCollection',
      total: 1
    })
  })

  it('imports the JSON into a fresh profile as the same bookmarks, and adds one with Ctrl+D (dark)', async () => {
    expect(exported.jsonPath).not.toBe('')
    const reader = await launch('dark')
    const { page } = reader
    await page.goto(`${reader.url}#/${EDITION}/bookmarks`)
    await page.getByRole('heading', { level: 1, name: 'Bookmarks' }).waitFor()
    expect(await page.getByText('No bookmarks yet.').count()).toBe(1)
    await page.getByLabel('Import JSON…').setInputFiles(exported.jsonPath)
    await page.locator('.import-report').getByText('Added 1 bookmark, skipped 0, rejected 0.').waitFor()
    const item = page.getByRole('list', { name: 'Bookmarks' }).getByRole('listitem')
    expect(await item.textContent()).toMatch(
      /Nuclear disarmament\s*Blue[\s\S]*Given up in 1994–95, by choice\./
    )
    await reader.screenshot('bookmarks-07-imported-dark')

    await page.getByLabel('Import JSON…').setInputFiles(exported.jsonPath)
    await page.locator('.import-report').getByText('Added 0 bookmarks, skipped 1, rejected 0.').waitFor()
    // The report names the item by its quote, with the reason in plain words.
    expect(await page.getByText(`“${PASSAGE}” skipped: it is already among your bookmarks`).count()).toBe(1)

    await item.getByRole('link', { name: PASSAGE }).click()
    await page.getByRole('heading', { level: 1, name: 'Nuclear disarmament' }).waitFor()
    await expect.poll(() => marked(page).allTextContents()).toEqual([PASSAGE])
    await page.locator('#p_nuclear-2').focus()
    await page.keyboard.press('Control+d')
    const composer = page.getByRole('dialog', { name: 'New bookmark' })
    await composer.waitFor()
    await page.keyboard.type('The treaty paragraph.')
    await reader.screenshot('bookmarks-08-shortcut-dark')
    await page.keyboard.press('Control+Enter')
    await composer.waitFor({ state: 'detached' })
    await expect.poll(() => page.locator('#p_nuclear-2 mark.bookmark-mark').count()).toBeGreaterThan(0)
    await reader.screenshot('bookmarks-09-two-bookmarks-dark')
  })

  it('reopens where the reader left off', async () => {
    const reader = await launch()
    const { page } = reader
    await page.goto(`${reader.url}#/${EDITION}/security`)
    await page
      .getByRole('heading', { level: 1, name: 'Security, the Security Council and EXPO 2017' })
      .waitFor()
    await page.locator('#p_security-3').scrollIntoViewIfNeeded()
    const positionsFile = join(reader.userDataDir, 'reading-positions.json')
    const saved = async (): Promise<string> => readFile(positionsFile, 'utf8').catch(() => '')
    await expect.poll(saved).toMatch(/"chapterId": ?"security"/)
    const paragraphId = /"paragraphId": ?"(security-\d+)"/.exec(await saved())?.[1]
    await page.goto('about:blank')
    await page.goto(reader.url)
    await page
      .getByRole('heading', { level: 1, name: 'Security, the Security Council and EXPO 2017' })
      .waitFor()
    expect(page.url()).toContain(`p=${paragraphId}`)
    await page.getByRole('link', { name: 'Elshi' }).click()
    await page
      .getByRole('link', { name: 'Continue reading: Security, the Security Council and EXPO 2017' })
      .waitFor()
    await reader.screenshot('bookmarks-10-continue-reading-light')
  })
})
