/**
 * Bookmarking and searching with the keyboard alone (no clicks): a phrase selected in selection mode (F7,
 * Shift+arrows by word and by sentence) and bookmarked, its link copied, a whole paragraph bookmarked
 * with Ctrl+D, then in the Bookmarks view edit, delete, Undo, export and import; and search with
 * stepping. After each step the test asserts where focus is.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchReader, type Reader } from './support/launch-reader'
import { focused, focusSettles, pressUntil, type Focus } from './support/keyboard'

const EDITION = 'diplomatic-service-at-30'
let reader: Reader
beforeAll(async () => {
  reader = await launchReader({ width: 1180, height: 820 }, 'light', { clipboard: true })
})
afterAll(async () => {
  await reader?.close()
})

const heading = (name: string) => (focus: Focus) => focus.tag === 'h1' && focus.name === name && focus.ring
const onParagraph = (id: string) => (focus: Focus) => focus.id === `p_${id}` && focus.ring
const selection = (): Promise<string> => reader.page.evaluate<string>('String(document.getSelection())')
const announced = async (): Promise<string> =>
  (await reader.page.locator('.selection-mode-status').textContent()) ?? ''
const savedQuotes = async (): Promise<string[]> => {
  const file = JSON.parse(await readFile(join(reader.userDataDir, 'bookmarks.json'), 'utf8')) as {
    data: { bookmarks: { anchor: { quote: { exact: string } } }[] }
  }
  return file.data.bookmarks.map((b) => b.anchor.quote.exact)
}

describe('keyboard only: bookmarks and search', () => {
  it('selects a phrase by word in selection mode and bookmarks it with a note', async () => {
    const { page } = reader
    await page.goto(`${reader.url}#/${EDITION}/nuclear`)
    await focusSettles(page, heading('Nuclear disarmament'))
    // The live region is there before anything is said in it, so the first announcement is heard.
    expect(await page.locator('.selection-mode-status').count()).toBe(1)
    expect(await announced()).toBe('')
    await page.keyboard.press('F7')
    await focusSettles(page, onParagraph('nuclear-1'))
    expect(await announced()).toMatch(/^Selection mode\./)
    await page.keyboard.press('Shift+ArrowRight')
    await page.keyboard.press('Shift+ArrowRight')
    expect(await selection()).toBe('Furthermore, our')
    await page.keyboard.press('Shift+ArrowLeft')
    expect(await selection()).toBe('Furthermore')
    await page.keyboard.press('Shift+ArrowRight')
    await page.keyboard.press('Shift+ArrowRight')
    expect(await selection()).toBe('Furthermore, our active')
    // ← / → moved the caret, not the chapter.
    expect(page.url()).toContain('/nuclear')
    await reader.screenshot('keyboard-10-selection-mode')

    await page.keyboard.press('Enter')
    await focusSettles(page, (f) => f.tag === 'button' && f.name === 'Bookmark')
    await page.keyboard.press('Enter')
    await focusSettles(page, (f) => f.tag === 'textarea')
    await page.keyboard.type('Selected by keyboard')
    await reader.screenshot('keyboard-11-composer')
    await pressUntil(page, (f) => f.name === 'Add bookmark', { max: 12 })
    await page.keyboard.press('Enter')
    await focusSettles(page, onParagraph('nuclear-1'))
    await expect.poll(savedQuotes).toEqual(['Furthermore, our active'])
  })

  it('extends by sentence, copies the selection’s link, and leaves selection mode with Escape', async () => {
    const { page } = reader
    await page.keyboard.press('Shift+ArrowDown')
    expect(await selection()).toBe(
      ' contribution to nuclear non-proliferation has become the trademark of Kazakhstan.'
    )
    await page.keyboard.press('Enter')
    await focusSettles(page, (f) => f.name === 'Bookmark')
    await page.keyboard.press('Tab')
    expect((await focused(page)).name).toBe('Link & cite')
    await page.keyboard.press('Enter')
    await focusSettles(page, (f) => f.role === 'menuitem' && f.name === 'Copy link')
    await page.keyboard.press('Enter')
    await focusSettles(page, onParagraph('nuclear-1'))
    await expect
      .poll(() => page.evaluate<string>('navigator.clipboard.readText()'))
      .toBe(`elshi://${EDITION}/nuclear?p=nuclear-1`)

    await page.keyboard.press('Escape')
    expect(await announced()).toBe('Selection mode off.')
    expect(await selection()).toBe('')
    expect((await focused(page)).id).toBe('p_nuclear-1')
  })

  it('bookmarks the focused paragraph with Ctrl+D; Escape in the composer returns to the paragraph', async () => {
    const { page } = reader
    await page.keyboard.press('Control+d')
    await focusSettles(page, (f) => f.tag === 'textarea')
    await page.keyboard.press('Escape')
    await focusSettles(page, onParagraph('nuclear-1'))
    await page.keyboard.press('Control+d')
    await focusSettles(page, (f) => f.tag === 'textarea')
    await page.keyboard.press('Control+Enter')
    await focusSettles(page, onParagraph('nuclear-1'))
    await expect.poll(async () => (await savedQuotes()).length).toBe(2)
    expect((await savedQuotes())[1]).toMatch(/^Furthermore, our active contribution.*UN Member States\.$/)
  })

  it('edits, deletes and undoes in the Bookmarks view, focus never on the page', async () => {
    const { page } = reader
    await page.keyboard.press('F6')
    await pressUntil(page, (f) => f.tag === 'a' && f.name.startsWith('Bookmarks'))
    await page.keyboard.press('Enter')
    await focusSettles(page, heading('Bookmarks'))

    await pressUntil(page, (f) => f.name === 'Edit')
    await page.keyboard.press('Enter')
    await focusSettles(page, (f) => f.tag === 'textarea')
    await page.keyboard.press('Control+a')
    await page.keyboard.type('Edited by keyboard')
    await page.keyboard.press('Control+Enter')
    await focusSettles(page, (f) => f.name === 'Edit')
    await expect.poll(() => page.locator('.bookmark-note').first().textContent()).toBe('Edited by keyboard')

    await page.keyboard.press('Tab')
    expect((await focused(page)).name).toBe('Delete')
    await page.keyboard.press('Enter')
    await focusSettles(page, (f) => f.name === 'Undo')
    await expect.poll(async () => (await savedQuotes()).length).toBe(1)
    await page.keyboard.press('Enter')
    await focusSettles(page, (f) => f.tag === 'a' && f.name === 'Furthermore, our active' && f.ring)
    await expect.poll(async () => (await savedQuotes()).length).toBe(2)
    await reader.screenshot('keyboard-12-after-undo')
  })

  it('exports and imports through the keyboard, focus staying on the button', async () => {
    const { page } = reader
    await pressUntil(page, (f) => f.name === 'Export JSON (W3C)…')
    const download = page.waitForEvent('download')
    await page.keyboard.press('Enter')
    const exported = join(reader.userDataDir, 'export.json')
    await (await download).saveAs(exported)
    expect((await focused(page)).name).toBe('Export JSON (W3C)…')

    await page.keyboard.press('Tab')
    expect((await focused(page)).name).toBe('Import JSON…')
    const chooser = page.waitForEvent('filechooser')
    await page.keyboard.press('Enter')
    await (await chooser).setFiles(exported)
    await expect.poll(() => page.locator('.import-report').textContent()).toContain('Added 0 bookmarks')
    const after = await focused(page)
    expect(after.name).toBe('Import JSON…')
  })

  it('searches, steps through the hits, goes to a result and back to the text', async () => {
    const { page } = reader
    await page.keyboard.press('Control+k')
    await focusSettles(page, (f) => f.id === 'search-input')
    await page.keyboard.type('Semipalatinsk')
    await expect.poll(() => page.locator('#search-position').textContent()).toMatch(/^\d+ hits$/)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('#search-position').textContent()).toMatch(/^1 of \d+$/)
    expect((await focused(page)).id).toBe('search-input')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('#search-position').textContent()).toMatch(/^2 of \d+$/)
    await page.keyboard.press('Shift+Enter')
    await expect.poll(() => page.locator('#search-position').textContent()).toMatch(/^1 of \d+$/)

    await page.keyboard.press('ArrowDown')
    await focusSettles(page, (f) => f.classes.includes('result-hit'))
    await page.keyboard.press('Enter')
    await focusSettles(page, (f) => f.tag === 'p' && f.id.startsWith('p_') && f.ring)
    await page.keyboard.press('Control+k')
    await page.keyboard.press('Escape')
    await focusSettles(page, (f) => f.tag === 'p' && f.id.startsWith('p_') && f.ring)
    expect(await page.locator('#search-input').inputValue()).toBe('')
  })

  it('copies a paragraph’s citation from its control, and keeps the composer’s buttons on screen at 420×360', async () => {
    const { page } = reader
    await page.goto(`${reader.url}#/${EDITION}/nuclear`)
    await focusSettles(page, heading('Nuclear disarmament'))
    await pressUntil(page, (f) => f.name.startsWith('Link and citation for paragraph 1: '))
    await page.keyboard.press('Enter')
    await focusSettles(page, (f) => f.role === 'menuitem' && f.name === 'Copy link')
    await page.keyboard.press('Tab')
    expect((await focused(page)).name).toBe('Copy citation (Chicago)')
    await page.keyboard.press('Enter')
    await focusSettles(page, (f) => f.name.startsWith('Link and citation for paragraph 1: '))
    await expect
      .poll(() => page.evaluate<string>('navigator.clipboard.readText()'))
      .toMatch(/^Tileuberdi, Mukhtar\. “Nuclear disarmament\.” .* para\. 1\. .*\?p=nuclear-1\.$/)

    await page.setViewportSize({ width: 420, height: 360 })
    await page.keyboard.press('F7')
    await focusSettles(page, (f) => f.tag === 'p' && f.classes.includes('selection-mode'))
    await page.keyboard.press('Shift+ArrowDown')
    await page.keyboard.press('Enter')
    await focusSettles(page, (f) => f.name === 'Bookmark')
    await page.keyboard.press('Enter')
    await focusSettles(page, (f) => f.tag === 'textarea')
    for (const name of ['Add bookmark', 'Cancel']) {
      await pressUntil(page, (f) => f.name === name, { max: 12 })
      const box = await page.getByRole('button', { name, exact: true }).boundingBox()
      expect(box && box.y >= 0 && box.y + box.height <= 360 && box.x >= 0 && box.x + box.width <= 420).toBe(
        true
      )
    }
    await reader.screenshot('keyboard-13-composer-420')
    await page.keyboard.press('Enter')
    await focusSettles(page, (f) => f.tag === 'p' && f.classes.includes('selection-mode'))
  })
})
