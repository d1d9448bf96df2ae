import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchReader, type Reader } from './support/launch-reader'

let reader: Reader
beforeAll(async () => {
  reader = await launchReader()
})
afterAll(async () => {
  await reader?.close()
})

const CHAPTER = /#\/diplomatic-service-at-30\/([a-z-]+)\?p=([a-z0-9-]+)/

describe('search journeys in the built renderer', () => {
  it('updates results letter by letter, matches a phrase, and follows hits with "n of m"', async () => {
    const { page } = reader
    await page.goto(`${reader.url}#/diplomatic-service-at-30/founding`)
    await page.getByRole('heading', { level: 1, name: 'The founding of the service' }).waitFor()
    const box = page.getByRole('searchbox', { name: 'Search this edition' })
    const results = page.getByRole('region', { name: 'Search results' })
    const total = results.locator('.panel-title .count')

    await box.click()
    for (const letter of 'Semipal') {
      await box.press(letter)
      await page.waitForTimeout(40)
    }
    await expect.poll(() => results.locator('mark').first().textContent()).toBe('Semipalatinsk')
    await box.press('Backspace')
    await box.pressSequentially('atinsk nuclear', { delay: 30 })
    await expect.poll(() => total.textContent()).not.toBe('')
    expect(await results.locator('.result-chapter').first().textContent()).toMatch(/Nuclear disarmament/)
    await reader.screenshot('search-01-typed')

    await box.fill('"foreign policy"')
    // Results arrive after the debounce: wait until they are the phrase's, not the previous query's.
    await expect
      .poll(async () => (await results.locator('mark').first().textContent())?.toLowerCase())
      .toBe('foreign policy')
    for (const marked of await results.locator('mark').allTextContents())
      expect(marked.toLowerCase()).toBe('foreign policy')
    await reader.screenshot('search-02-phrase')

    const position = page.locator('#search-position')
    // "n of m" counts occurrences; before the first step the box says how many.
    await expect.poll(() => position.textContent()).toMatch(/^\d+ hits$/)
    const count = Number.parseInt((await position.textContent()) ?? '', 10)
    expect(count).toBeGreaterThan(1)
    await box.press('Enter')
    await expect.poll(() => position.textContent()).toBe(`1 of ${count}`)
    await expect.poll(() => page.url()).toMatch(CHAPTER)
    const first = CHAPTER.exec(page.url())!
    await expect.poll(() => page.locator(`#p_${first[2]} mark.search-hit`).count()).toBeGreaterThan(0)
    expect(await box.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true)
    await reader.screenshot('search-03-first-hit')

    const visited = new Set([first[1]])
    for (let n = 2; n <= count; n++) {
      await box.press('Enter')
      await expect.poll(() => position.textContent()).toBe(`${n} of ${count}`)
      await expect.poll(() => page.url()).toMatch(CHAPTER)
      visited.add(CHAPTER.exec(page.url())![1])
    }
    expect(visited.size).toBeGreaterThan(1) // "n of m" crossed chapters
    await page.keyboard.press('F3')
    await expect.poll(() => position.textContent()).toBe(`1 of ${count}`)
    await box.press('Shift+Enter')
    await expect.poll(() => position.textContent()).toBe(`${count} of ${count}`)
    await reader.screenshot('search-04-n-of-m')
  })

  it('goes keyboard-only from Ctrl+F to the highlighted hit, and Escape returns to the text', async () => {
    const { page } = reader
    await page.goto(`${reader.url}#/diplomatic-service-at-30/founding`)
    await page.getByRole('heading', { level: 1, name: 'The founding of the service' }).waitFor()
    await page.keyboard.press('Control+f')
    const box = page.getByRole('searchbox', { name: 'Search this edition' })
    await expect.poll(() => box.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true)
    await page.keyboard.type('Semipalatinsk')
    const results = page.getByRole('region', { name: 'Search results' })
    await expect
      .poll(() => results.locator('.result-hit mark').allTextContents())
      .toEqual(['Semipalatinsk', 'Semipalatinsk'])
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await reader.screenshot('search-05-keyboard-results')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: 'Nuclear disarmament' }).waitFor()
    const target = page.locator('#p_nuclear-2')
    await expect.poll(() => target.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true)
    expect(await target.locator('mark.search-hit').allTextContents()).toEqual(['Semipalatinsk'])
    expect(await page.locator('#search-position').textContent()).toBe('2 of 2')
    await reader.screenshot('search-06-keyboard-hit')

    await page.keyboard.press('Control+k')
    await page.keyboard.press('Escape')
    expect(await box.inputValue()).toBe('')
    await expect.poll(() => target.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true)
    expect(await page.locator('mark.search-hit').count()).toBe(0)
  })
})
