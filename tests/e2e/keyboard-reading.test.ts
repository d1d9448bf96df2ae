/**
 * Reading with the keyboard alone (no clicks): every view starts on its heading with a ring, the skip
 * link, chapters by ← / →, F6 between the panes, a note opened, followed to a related one and closed,
 * Back and Forward, the glossary and the timeline from the top bar, the shortcut sheet, settings and
 * print. After each step the test asserts where focus is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchReader, type Reader } from './support/launch-reader'
import { focused, focusSettles, focusWithin, pressUntil, type Focus } from './support/keyboard'

const EDITION = 'diplomatic-service-at-30'
let reader: Reader
beforeAll(async () => {
  reader = await launchReader({ width: 1440, height: 900 })
})
afterAll(async () => {
  await reader?.close()
})

const heading = (name: string) => (focus: Focus) => focus.tag === 'h1' && focus.name === name && focus.ring
const inPane = (selector: string) => (): Promise<boolean> => focusWithin(reader.page, selector)

describe('keyboard only: reading', () => {
  it('starts on the title, two Tabs from Start reading, and each chapter starts on its heading', async () => {
    const { page } = reader
    await page.goto(`${reader.url}#/${EDITION}`)
    await focusSettles(page, heading('30th anniversary of diplomatic service of independent Kazakhstan'))
    await reader.screenshot('keyboard-01-title-focus')
    expect(await pressUntil(page, (f) => f.name === 'Start reading', { max: 3 })).toBeLessThanOrEqual(2)
    await page.keyboard.press('Enter')
    await focusSettles(page, heading('The founding of the service'))
    await page.keyboard.press('ArrowRight')
    await focusSettles(page, heading('Multidimensionality and balance'))
    await page.keyboard.press('ArrowLeft')
    await focusSettles(page, heading('The founding of the service'))
    await reader.screenshot('keyboard-02-chapter-heading-ring')
  })

  it('cycles the panes with F6 and Shift+F6, and the skip link takes the top of the page to the text', async () => {
    const { page } = reader
    await page.keyboard.press('F6')
    expect(await inPane('.top-bar')()).toBe(true)
    await page.keyboard.press('F6')
    const current = await focused(page)
    expect(current.name).toContain('The founding of the service')
    expect(await inPane('#side-panel')()).toBe(true)
    await page.keyboard.press('F6')
    await focusSettles(page, heading('The founding of the service'))
    await page.keyboard.press('Shift+F6')
    expect(await inPane('#side-panel')()).toBe(true)
    await page.keyboard.press('Shift+F6')
    expect(await inPane('.top-bar')()).toBe(true)

    await pressUntil(page, (f) => f.name === 'Skip to the text', { key: 'Shift+Tab', max: 5 })
    const box = await page.getByRole('link', { name: 'Skip to the text' }).boundingBox()
    expect(box && box.y >= 0 && box.height > 0).toBe(true)
    await reader.screenshot('keyboard-03-skip-link')
    await page.keyboard.press('Enter')
    await focusSettles(page, heading('The founding of the service'))
  })

  it('opens a note, follows a related note, closes it back to its mark, and walks Back and Forward', async () => {
    const { page } = reader
    await page.goto(`${reader.url}#/${EDITION}/nuclear`)
    await focusSettles(page, heading('Nuclear disarmament'))
    await pressUntil(page, (f) => f.name === 'Semipalatinsk test site' && f.role === 'button')
    await page.keyboard.press('Enter')
    await focusSettles(page, (f) => f.role === 'dialog' && f.ring && f.id === 'note_semipalatinsk-test-site')
    await page.keyboard.press('F6')
    expect(await inPane('.top-bar')()).toBe(true)
    await page.keyboard.press('Shift+F6')
    await focusSettles(page, (f) => f.role === 'dialog' && f.id === 'note_semipalatinsk-test-site')

    const treaty = 'Treaty on a Nuclear-Weapon-Free Zone in Central Asia (Semipalatinsk Treaty)'
    await pressUntil(page, (f) => f.tag === 'a' && f.name === treaty)
    await page.keyboard.press('Enter')
    await focusSettles(page, (f) => f.role === 'dialog' && f.id === 'note_canwfz')
    await reader.screenshot('keyboard-04-related-note')
    await page.keyboard.press('Escape')
    await focusSettles(page, (f) => f.role === 'button' && f.name === 'Semipalatinsk Treaty' && f.ring)

    // Closing a note stays at the same place in the history; Back returns to the note it came from.
    await page.keyboard.press('Alt+ArrowLeft')
    await focusSettles(page, (f) => f.role === 'dialog' && f.id === 'note_semipalatinsk-test-site')
    await page.keyboard.press('Alt+ArrowRight')
    await focusSettles(page, (f) => f.id === 'p_nuclear-2' && f.ring)
  })

  it('opens the glossary and the timeline from the top bar, each on its heading', async () => {
    const { page } = reader
    for (const view of ['Glossary', 'Timeline']) {
      await page.keyboard.press('F6')
      await focusSettles(page, (f) => f.ring)
      expect(await inPane('.top-bar')()).toBe(true)
      await pressUntil(page, (f) => f.tag === 'a' && f.name === view)
      await page.keyboard.press('Enter')
      await focusSettles(page, heading(view))
    }
  })

  it('opens the shortcut sheet with ? and closes it back to where focus was', async () => {
    const { page } = reader
    await page.keyboard.press('?')
    const sheet = page.locator('dialog.shortcuts-dialog')
    await expect
      .poll(() => page.evaluate<boolean>("document.querySelector('dialog.shortcuts-dialog').open"))
      .toBe(true)
    expect(await inPane('dialog.shortcuts-dialog')()).toBe(true)
    await expect.poll(() => sheet.textContent()).toContain('Selection mode on or off')
    await reader.screenshot('keyboard-05-shortcut-sheet')
    await page.keyboard.press('Escape')
    await focusSettles(page, heading('Timeline'))
  })

  it('opens reading settings and print from the top bar, and Escape returns to the button', async () => {
    const { page } = reader
    await page.goto(`${reader.url}#/${EDITION}/nuclear`)
    await focusSettles(page, heading('Nuclear disarmament'))
    // A stand-in for the system print dialog, counting that Print… reached it.
    await page.evaluate('window.printed = 0; window.print = () => void window.printed++')
    for (const [button, panel] of [
      ['Reading settings', '.settings-panel'],
      ['Print or save as PDF', '.settings-panel']
    ] as const) {
      await page.keyboard.press('F6')
      await pressUntil(page, (f) => f.name === button)
      await page.keyboard.press('Enter')
      await expect.poll(inPane(panel)).toBe(true)
      if (button === 'Reading settings') {
        const theme = () => page.locator('input[name="theme"]:checked').inputValue()
        const before = await theme()
        await page.keyboard.press('ArrowDown')
        await expect.poll(theme).not.toBe(before)
      } else {
        await pressUntil(page, (f) => f.name === 'Print…')
        await page.keyboard.press('Enter')
        await expect.poll(() => page.evaluate<number>('window.printed')).toBe(1)
      }
      await page.keyboard.press('Escape')
      await focusSettles(page, (f) => f.name === button && f.tag === 'button')
    }
  })
})
