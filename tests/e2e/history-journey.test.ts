/**
 * Back and Forward through the reader's own history, by every way in (toolbar, Alt+←/→, ⌘[ ⌘], the
 * mouse's buttons 4/5, the Go menu's commands): after following a related note, a glossary occurrence,
 * a search hit and a bookmark, each returns to the exact place that was left.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { scrollSettled } from './support/scroll-settled'
import { launchReader, type Reader } from './support/launch-reader'

const EDITION = 'diplomatic-service-at-30'
let reader: Reader
beforeAll(async () => {
  reader = await launchReader({ width: 1180, height: 560 })
})
afterAll(async () => {
  await reader?.close()
})

/** How far an element stands below the top of the page's view, in CSS px. */
const offsetOf = (page: Page, id: string) =>
  page.evaluate<number>(`(() => {
    const element = document.getElementById(${JSON.stringify(`p_${id}`)})
    return element ? Math.round(element.getBoundingClientRect().top - document.querySelector('.page').getBoundingClientRect().top) : NaN
  })()`)
const scrollPage = (page: Page, by: number) =>
  page.evaluate(`document.querySelector('.page').scrollBy({ top: ${by}, behavior: 'instant' })`)
const scrollTop = (page: Page) => page.evaluate<number>(`document.querySelector('.page').scrollTop`)
/** What the application menu sends (main's webContents.send, through the harness's push). */
const menu = (command: 'back' | 'forward'): void => reader.push('menuCommand', { command })
const mouseButton = (page: Page, button: 3 | 4) =>
  page.evaluate(`window.dispatchEvent(new MouseEvent('mouseup', { button: ${button}, bubbles: true }))`)
const hash = (page: Page): string => decodeURIComponent(new URL(page.url()).hash)

describe('back and forward', () => {
  it('returns to the exact place after a related note, a glossary occurrence, a search hit and a bookmark', async () => {
    const { page } = reader
    await page.goto(`${reader.url}#/${EDITION}/security`)
    await page
      .getByRole('heading', { level: 1, name: 'Security, the Security Council and EXPO 2017' })
      .waitFor()
    const back = page.getByRole('button', { name: 'Back', exact: true })
    const forward = page.getByRole('button', { name: 'Forward', exact: true })
    expect(await back.isDisabled()).toBe(true)

    // 1. A related note, and back with Alt+←.
    await page.getByRole('button', { name: /\(CICA\)$/ }).click()
    const cicaNote = page.getByRole('dialog', { name: /Conference on Interaction and Confidence-Building/ })
    await cicaNote.waitFor()
    const related = cicaNote.getByRole('link', { name: 'Nursultan Nazarbayev' })
    // Once the note's own (smooth) reveal has run, an instant scroll: a place measured mid-animation is
    // not the one the reader leaves.
    await scrollSettled(page)
    await related.evaluate((el: { scrollIntoView(o: object): void }) =>
      el.scrollIntoView({ block: 'nearest', behavior: 'instant' })
    )
    await scrollSettled(page)
    const leftAt = await offsetOf(page, 'security-3')
    const leftAddress = hash(page)
    await related.click()
    await page.getByRole('heading', { level: 1, name: 'The founding of the service' }).waitFor()
    await page.keyboard.press('Alt+ArrowLeft')
    await page
      .getByRole('heading', { level: 1, name: 'Security, the Security Council and EXPO 2017' })
      .waitFor()
    expect(hash(page)).toBe(leftAddress)
    await expect.poll(() => offsetOf(page, 'security-3')).toBe(leftAt)
    await cicaNote.waitFor()
    await reader.screenshot('history-01-back-to-note')
    await page.keyboard.press('Alt+ArrowRight')
    await page.getByRole('dialog', { name: 'Nursultan Nazarbayev' }).waitFor()

    // 2. A glossary occurrence, and back with the toolbar, forward with mouse button 5.
    await page.getByRole('link', { name: 'Glossary', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Glossary' }).waitFor()
    const occurrence = page.getByRole('link', {
      name: 'Read “Semipalatinsk test site” in Nuclear disarmament'
    })
    await occurrence.scrollIntoViewIfNeeded()
    await scrollSettled(page)
    await scrollPage(page, 60) // a place of the reader's own, not where the link lines up
    const glossaryAt = await scrollTop(page)
    expect(glossaryAt).toBeGreaterThan(1000)
    await occurrence.click()
    await page.getByRole('heading', { level: 1, name: 'Nuclear disarmament' }).waitFor()
    await back.click()
    await page.getByRole('heading', { level: 1, name: 'Glossary' }).waitFor()
    await expect.poll(() => scrollTop(page).then((top) => Math.abs(top - glossaryAt) <= 1)).toBe(true)
    await reader.screenshot('history-02-back-to-glossary')
    await mouseButton(page, 4)
    await page.getByRole('dialog', { name: 'Semipalatinsk test site' }).waitFor()

    // 3. A search hit, and back with the Go menu's command, then ⌘] forward.
    await page.keyboard.press('Escape')
    await scrollPage(page, 140)
    const nuclearAt = await offsetOf(page, 'nuclear-2')
    const nuclearAddress = hash(page)
    await page.getByRole('searchbox', { name: 'Search this edition' }).fill('Caspian')
    const results = page.getByRole('region', { name: 'Search results' })
    await results.getByRole('button').first().click()
    await page.getByRole('heading', { level: 1, name: 'Borders and the Caspian Sea' }).waitFor()
    const hitAddress = hash(page)
    menu('back')
    await page.getByRole('heading', { level: 1, name: 'Nuclear disarmament' }).waitFor()
    expect(hash(page)).toBe(nuclearAddress)
    await expect.poll(() => offsetOf(page, 'nuclear-2')).toBe(nuclearAt)
    await reader.screenshot('history-03-back-from-hit')
    await page.keyboard.press('Meta+BracketRight')
    await page.getByRole('heading', { level: 1, name: 'Borders and the Caspian Sea' }).waitFor()
    expect(hash(page)).toBe(hitAddress)

    // 4. A bookmark: add one here, open it from the list, back to the list with mouse button 4.
    await page.locator('#p_borders-1').click()
    await page.keyboard.press('Control+d')
    const composer = page.getByRole('dialog', { name: 'New bookmark' })
    await composer.getByRole('button', { name: 'Add bookmark' }).click()
    await composer.waitFor({ state: 'detached' })
    await page.getByRole('link', { name: /^Bookmarks/ }).click()
    await page.getByRole('heading', { level: 1, name: 'Bookmarks' }).waitFor()
    await page.locator('.bookmark-quote-link').first().click()
    await page.getByRole('heading', { level: 1, name: 'Borders and the Caspian Sea' }).waitFor()
    expect(hash(page)).toMatch(/bm=/)
    await mouseButton(page, 3)
    await page.getByRole('heading', { level: 1, name: 'Bookmarks' }).waitFor()
    menu('forward')
    await page.getByRole('heading', { level: 1, name: 'Borders and the Caspian Sea' }).waitFor()
    expect(hash(page)).toMatch(/bm=/)
    expect(await forward.isDisabled()).toBe(true)

    // ⌘[ all the way back passes every place in order.
    await page.keyboard.press('Meta+BracketLeft')
    await page.getByRole('heading', { level: 1, name: 'Bookmarks' }).waitFor()
    expect(await page.title()).toBe(
      'Bookmarks — 30th anniversary of diplomatic service of independent Kazakhstan — Elshi'
    )
  })
})

describe('chapters', () => {
  it('turns by the links at the top, ← / → and the Go menu, ticks chapters read and titles the window', async () => {
    const { page } = reader
    await page.goto(`${reader.url}#/${EDITION}/founding`)
    await page.getByRole('heading', { level: 1, name: 'The founding of the service' }).waitFor()
    await page.getByRole('searchbox', { name: 'Search this edition' }).fill('')
    expect(await page.title()).toBe(
      'The founding of the service — 30th anniversary of diplomatic service of independent Kazakhstan — Elshi'
    )
    expect(await page.locator('.chapter .reading-time').textContent()).toMatch(/^\d+ min read$/)
    // Every text the page shows from here on, and this chapter's paragraph node, to see both when back.
    await page.evaluate(`(() => {
      window.shownTexts = []
      new MutationObserver(() => window.shownTexts.push(document.body.innerText)).observe(document.body, {
        childList: true, subtree: true, characterData: true
      })
      window.keptParagraph = document.getElementById('p_founding-1')
    })()`)
    await page.getByRole('link', { name: 'Next chapter: Multidimensionality and balance' }).click()
    await page.getByRole('heading', { level: 1, name: 'Multidimensionality and balance' }).waitFor()
    await page.locator('.chapter').focus()
    await page.keyboard.press('ArrowRight')
    await page.getByRole('heading', { level: 1, name: 'Borders and the Caspian Sea' }).waitFor()
    await page.keyboard.press('ArrowLeft')
    await page.getByRole('heading', { level: 1, name: 'Multidimensionality and balance' }).waitFor()
    reader.push('menuCommand', { command: 'next-chapter' })
    await page.getByRole('heading', { level: 1, name: 'Borders and the Caspian Sea' }).waitFor()
    reader.push('menuCommand', { command: 'previous-chapter' })
    await page.getByRole('heading', { level: 1, name: 'Multidimensionality and balance' }).waitFor()
    // Each turn went one chapter, no more: the chapters kept aside did not answer the keys or the menu.
    reader.push('menuCommand', { command: 'previous-chapter' })
    await page.getByRole('heading', { level: 1, name: 'The founding of the service' }).waitFor()
    // The chapter opened first comes back as the very same DOM, and nothing ever said "Opening…".
    expect(await page.evaluate('document.getElementById("p_founding-1") === window.keptParagraph')).toBe(true)
    expect(await page.evaluate<boolean>('window.shownTexts.some((text) => text.includes("Opening"))')).toBe(
      false
    )
    expect(await page.title()).toBe(
      'The founding of the service — 30th anniversary of diplomatic service of independent Kazakhstan — Elshi'
    )
    await page.keyboard.press('ArrowRight')
    await page.getByRole('heading', { level: 1, name: 'Multidimensionality and balance' }).waitFor()

    // Scrolled to its end, a chapter is ticked in the contents; the bar shows how far the reader is.
    await page.locator('.chapter-nav.end').scrollIntoViewIfNeeded()
    await expect
      .poll(() => page.getByRole('progressbar', { name: 'Reading progress' }).getAttribute('aria-valuenow'))
      .toBe('100')
    await page.getByRole('button', { name: 'Contents' }).click()
    const toc = page.locator('#side-panel').getByRole('navigation', { name: 'Table of contents' })
    await expect
      .poll(() => toc.getByRole('link', { name: /Multidimensionality and balance/ }).textContent())
      .toMatch(/read/)
    expect(await toc.getByRole('link', { name: /Dialogue of faiths/ }).textContent()).not.toMatch(/read/)
    expect(await toc.getByRole('link', { name: /Dialogue of faiths/ }).textContent()).toMatch(/\d+ min/)
    await reader.screenshot('history-04-contents-read')
  })
})
