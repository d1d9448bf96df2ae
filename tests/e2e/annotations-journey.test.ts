import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchReader, type Reader } from './support/launch-reader'

/** True when the element is inside the window, so the reader actually sees it. */
interface Boxed {
  getBoundingClientRect(): { readonly top: number; readonly bottom: number; readonly height: number }
  readonly ownerDocument: { readonly defaultView: { readonly innerHeight: number } | null }
}
const inView = (element: Boxed): boolean => {
  const box = element.getBoundingClientRect()
  return box.bottom > 0 && box.top < (element.ownerDocument.defaultView?.innerHeight ?? 0) && box.height > 0
}

describe.each(['light', 'dark'] as const)('annotated reading in the built renderer (%s)', (scheme) => {
  let reader: Reader
  beforeAll(async () => {
    reader = await launchReader({ width: 1280, height: 860 }, scheme)
  })
  afterAll(async () => {
    await reader?.close()
  })
  const shot = (name: string): Promise<void> => reader.screenshot(`notes-${name}-${scheme}`)

  it('opens notes, follows a related note, and reaches passages from the glossary and the timeline', async () => {
    const { page } = reader
    await page.goto(`${reader.url}#/diplomatic-service-at-30/security`)
    await page
      .getByRole('heading', { level: 1, name: 'Security, the Security Council and EXPO 2017' })
      .waitFor()

    const cica = page.getByRole('button', { name: /\(CICA\)$/ })
    await cica.click()
    const cicaNote = page.getByRole('dialog', { name: /Conference on Interaction and Confidence-Building/ })
    await cicaNote.waitFor()
    expect(await cicaNote.textContent()).toMatch(/Editors’ note/)
    expect(await cicaNote.textContent()).toMatch(/Sources/)
    await expect.poll(() => cicaNote.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true)
    expect(await cica.getAttribute('aria-expanded')).toBe('true')
    // Wide window: the note sits in the margin, to the right of the text.
    const [noteBox, textBox] = [
      await cicaNote.boundingBox(),
      await page.locator('#p_security-2').boundingBox()
    ]
    expect(noteBox!.x).toBeGreaterThan(textBox!.x + textBox!.width)
    await shot('01-cica-note')

    await page.keyboard.press('Escape')
    await cicaNote.waitFor({ state: 'detached' })
    await expect.poll(() => cica.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true)
    await page.keyboard.press('Enter')
    await cicaNote.waitFor()

    await cicaNote.getByRole('link', { name: 'Nursultan Nazarbayev' }).click()
    await page.getByRole('heading', { level: 1, name: 'The founding of the service' }).waitFor()
    const related = page.getByRole('dialog', { name: 'Nursultan Nazarbayev' })
    await related.waitFor()
    await expect.poll(() => related.evaluate(inView)).toBe(true)
    expect(await page.locator('#p_founding-1 .annotation-mark.open').textContent()).toBe(
      'President of Kazakhstan'
    )
    await shot('02-related-note')

    await page.getByRole('link', { name: 'Glossary', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Glossary' }).waitFor()
    expect(await page.getByRole('heading', { level: 2, name: /Treaties and documents/ }).count()).toBe(1)
    await shot('03-glossary')
    await page.getByRole('button', { name: 'A–Z' }).click()
    await page.getByRole('heading', { level: 2, name: /^S/ }).waitFor()
    await shot('04-glossary-a-z')

    await page.getByRole('link', { name: 'Read “Semipalatinsk test site” in Nuclear disarmament' }).click()
    await page.getByRole('heading', { level: 1, name: 'Nuclear disarmament' }).waitFor()
    const siteNote = page.getByRole('dialog', { name: 'Semipalatinsk test site' })
    await siteNote.waitFor()
    const siteMark = page.locator('#p_nuclear-1 .annotation-mark.open')
    expect(await siteMark.textContent()).toBe('Semipalatinsk test site')
    await expect.poll(() => siteMark.evaluate(inView)).toBe(true)
    await shot('05-glossary-occurrence')

    await page.getByRole('link', { name: 'Timeline', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor()
    await shot('06-timeline')
    await page.getByRole('link', { name: /2006/ }).click()
    await page.getByRole('heading', { level: 1, name: 'Nuclear disarmament' }).waitFor()
    const treatyNote = page.getByRole('dialog', { name: /Nuclear-Weapon-Free Zone in Central Asia/ })
    await treatyNote.waitFor()
    const treatyMark = page.locator('#p_nuclear-2 .annotation-mark.open')
    expect(await treatyMark.textContent()).toBe('Semipalatinsk Treaty')
    await expect.poll(() => treatyMark.evaluate(inView)).toBe(true)
    await shot('07-timeline-treaty')
  })

  it('hides the marks for plain reading and remembers the choice', async () => {
    const { page } = reader
    await page.goto(`${reader.url}#/diplomatic-service-at-30/nuclear`)
    await page.getByRole('heading', { level: 1, name: 'Nuclear disarmament' }).waitFor()
    expect(await page.locator('.annotation-mark').count()).toBeGreaterThan(5)
    const toggle = page.getByRole('switch', { name: 'Note marks' })
    await toggle.click()
    await expect.poll(() => page.locator('.annotation-mark').count()).toBe(0)
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Nuclear disarmament' }).waitFor()
    expect(await page.getByRole('switch', { name: 'Note marks' }).getAttribute('aria-checked')).toBe('false')
    expect(await page.locator('.annotation-mark').count()).toBe(0)
    await shot('08-plain-reading')
    await page.getByRole('switch', { name: 'Note marks' }).click()
    await expect.poll(() => page.locator('.annotation-mark').count()).toBeGreaterThan(5)
  })

  it('finds words in the notes and opens the passage with the note', async () => {
    const { page } = reader
    await page.goto(`${reader.url}#/diplomatic-service-at-30/founding`)
    await page.getByRole('searchbox', { name: 'Search this edition' }).fill('Nazarbayev')
    const results = page.getByRole('region', { name: 'Search results' })
    const hit = results.getByRole('button', { name: /Editors’ note Closure of the Semipalatinsk test site/ })
    await hit.waitFor()
    await shot('09-note-search')
    await hit.click()
    await page.getByRole('dialog', { name: /Closure of the Semipalatinsk test site/ }).waitFor()
    expect(await page.locator('#p_nuclear-1 .annotation-mark.open').textContent()).toBe(
      'the day of the official closure'
    )
  })
})

describe('annotated reading on a narrow window', () => {
  let reader: Reader
  beforeAll(async () => {
    reader = await launchReader({ width: 600, height: 900 })
  })
  afterAll(async () => {
    await reader?.close()
  })

  it('opens a note as a popover under its mark', async () => {
    const { page } = reader
    await page.goto(`${reader.url}#/diplomatic-service-at-30/security`)
    const cica = page.getByRole('button', { name: /\(CICA\)$/ })
    await cica.click()
    const note = page.getByRole('dialog', { name: /Conference on Interaction/ })
    await note.waitFor()
    const [noteBox, markBox] = [await note.boundingBox(), await cica.boundingBox()]
    expect(noteBox!.y).toBeGreaterThan(markBox!.y + markBox!.height - 1)
    expect(noteBox!.y - (markBox!.y + markBox!.height)).toBeLessThan(40)
    await reader.screenshot('notes-10-narrow-popover-light')
  })
})
