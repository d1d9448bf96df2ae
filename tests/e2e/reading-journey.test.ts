import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchReader, type Reader } from './support/launch-reader'

let reader: Reader
beforeAll(async () => {
  reader = await launchReader()
})
afterAll(async () => {
  await reader?.close()
})

describe('reading journey in the built renderer', () => {
  it('opens the edition, reads chapters in order, searches and lands on the highlighted term', async () => {
    const { page } = reader
    await page.goto(reader.url)
    await page.getByRole('heading', { level: 1, name: /30th anniversary of diplomatic service/ }).waitFor()
    const tocLinks = page.getByRole('navigation', { name: 'Table of contents' }).first().getByRole('link')
    await expect.poll(() => tocLinks.count()).toBe(9)
    await reader.screenshot('01-title-page')

    await page.getByRole('link', { name: 'Start reading' }).click()
    await page.getByRole('heading', { level: 1, name: 'The founding of the service' }).waitFor()
    expect(page.url()).toMatch(/#\/diplomatic-service-at-30\/founding$/)
    await expect
      .poll(() => page.locator('[aria-current="page"]').textContent())
      .toMatch(/founding of the service/)
    await reader.screenshot('02-first-chapter')

    await page.getByRole('link', { name: /Next → Multidimensionality and balance/ }).click()
    await page.getByRole('heading', { level: 1, name: 'Multidimensionality and balance' }).waitFor()
    await page.getByRole('link', { name: /← Previous The founding of the service/ }).click()
    await page.getByRole('heading', { level: 1, name: 'The founding of the service' }).waitFor()
    await reader.screenshot('03-back-to-first')

    await page.getByRole('searchbox', { name: 'Search this edition' }).fill('Semipalatinsk')
    const results = page.getByRole('region', { name: 'Search results' })
    await results.getByRole('button').first().waitFor()
    const firstGroup = results.locator('.result-chapter').first()
    expect(await firstGroup.textContent()).toMatch(/Nuclear disarmament\s*2/)
    await reader.screenshot('04-search-results')

    await results.getByRole('button').nth(1).click()
    await page.getByRole('heading', { level: 1, name: 'Nuclear disarmament' }).waitFor()
    const target = page.locator('#p_nuclear-2')
    await expect.poll(() => target.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true)
    expect(await target.locator('mark.search-hit').allTextContents()).toEqual(['Semipalatinsk'])
    expect(await page.locator('mark.search-hit').count()).toBe(2)
    await expect.poll(() => target.isVisible()).toBe(true)
    await reader.screenshot('05-hit-in-chapter')
  })
})
