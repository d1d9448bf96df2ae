/**
 * Reading settings: every one changed from the panel by keyboard, applied at once with the paragraph at
 * the top kept in place, stored by main in settings.json, and back before the first paint of the next
 * launch with the same profile. The bundled faces cover the Kazakh letters.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { scrollSettled } from './support/scroll-settled'
import { launchReader } from './support/launch-reader'

const EDITION = 'diplomatic-service-at-30'

/** What the page looked like when the app first put anything on screen. */
const RECORD_FIRST_PAINT = `(() => {
  const observer = new MutationObserver(() => {
    const app = document.getElementById('app')
    if (!app || app.childElementCount === 0) return
    observer.disconnect()
    const root = document.documentElement
    window.__firstPaint = {
      theme: root.dataset.theme ?? null,
      textSize: root.style.getPropertyValue('--text-size'),
      bodyVisible: getComputedStyle(document.body).visibility === 'visible',
      background: getComputedStyle(document.body).backgroundColor
    }
  })
  observer.observe(document, { childList: true, subtree: true })
})()`

const paragraphStyle = (page: Page, id: string) =>
  page.evaluate<{ font: string; size: string; lineHeight: string; width: number }>(`(() => {
    const p = document.getElementById(${JSON.stringify(`p_${id}`)})
    const style = getComputedStyle(p)
    return { font: style.fontFamily, size: style.fontSize, lineHeight: style.lineHeight, width: p.getBoundingClientRect().width }
  })()`)

/** How far a paragraph stands from the top of the page's view. */
const offsetFromTop = (page: Page, id: string) =>
  page.evaluate<number>(
    `document.getElementById(${JSON.stringify(`p_${id}`)}).getBoundingClientRect().top - document.querySelector('.page').getBoundingClientRect().top`
  )

describe('reading settings', () => {
  it('changes every setting by keyboard, keeps the place, and restores them before the first paint', async () => {
    const first = await launchReader({ width: 1180, height: 820 })
    const { page } = first
    await page.goto(`${first.url}#/${EDITION}/security`)
    await page
      .getByRole('heading', { level: 1, name: 'Security, the Security Council and EXPO 2017' })
      .waitFor()
    const before = await paragraphStyle(page, 'security-2')
    expect(before.font).toMatch(/^Literata/)
    expect(before.size).toBe('18px')

    // Scroll so a paragraph stands at the top, then change the size: it must stay there. The faces load
    // first: in a fallback face the chapter is shorter, so on a loaded machine the page cannot yet scroll
    // the paragraph up to the top, and the paragraph at the top (the one kept) is the one before it.
    await page.evaluate(`document.fonts.ready.then(() => true)`)
    await page
      .locator('#p_security-2')
      .evaluate((el: { scrollIntoView(o: object): void }) =>
        el.scrollIntoView({ block: 'start', behavior: 'instant' })
      )
    // The page scrolls smoothly by default: a place measured mid-scroll is not the one the reader has.
    await scrollSettled(page)
    const placed = await offsetFromTop(page, 'security-2')
    expect(placed, 'the paragraph stands at the top of the view').toBeLessThan(40)

    await page.getByRole('button', { name: 'Reading settings' }).click()
    const panel = page.getByRole('dialog', { name: 'Reading settings' })
    await panel.waitFor()
    // Focus starts on the chosen theme; arrows move through a group, Tab to the next.
    await expect.poll(() => panel.getByRole('radio', { name: 'System', exact: true }).isChecked()).toBe(true)
    await page.keyboard.press('ArrowRight') // Light
    await page.keyboard.press('ArrowRight') // Sepia
    await page.keyboard.press('ArrowRight') // Dark
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark')
    await page.keyboard.press('Tab') // Typeface: Literata
    await page.keyboard.press('ArrowRight') // Atkinson Hyperlegible
    await expect
      .poll(async () => (await paragraphStyle(page, 'security-2')).font)
      .toMatch(/^"Atkinson Hyperlegible"/)
    await page.keyboard.press('Tab') // Text size
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight') // 18 → 20 → 22
    await expect.poll(async () => (await paragraphStyle(page, 'security-2')).size).toBe('22px')
    expect(Math.abs((await offsetFromTop(page, 'security-2')) - placed)).toBeLessThanOrEqual(2)
    await page.keyboard.press('Tab') // Line height: Normal
    await page.keyboard.press('ArrowRight') // Relaxed
    await expect
      .poll(async () => (await paragraphStyle(page, 'security-2')).lineHeight)
      .toBe(`${22 * 1.95}px`)
    await page.keyboard.press('Tab') // Column width: Medium
    await page.keyboard.press('ArrowLeft') // Narrow
    await expect.poll(async () => (await paragraphStyle(page, 'security-2')).width).toBeLessThan(before.width)
    expect(Math.abs((await offsetFromTop(page, 'security-2')) - placed)).toBeLessThanOrEqual(2)
    await page.keyboard.press('Tab') // Paragraph numbers
    await page.keyboard.press('Space')
    await expect
      .poll(() => page.locator('#p_security-2').locator('xpath=..').locator('.paragraph-number').isVisible())
      .toBe(true)
    expect(
      await page.locator('#p_security-2').locator('xpath=..').locator('.paragraph-number').textContent()
    ).toBe('2')
    await page.keyboard.press('Tab') // Updates
    expect(await panel.getByRole('checkbox', { name: /Check for updates automatically/ }).isChecked()).toBe(
      false
    )
    await page.keyboard.press('Space')
    await expect
      .poll(() => panel.getByRole('checkbox', { name: /Check for updates automatically/ }).isChecked())
      .toBe(true)
    await first.screenshot('settings-01-panel-dark')

    await page.keyboard.press('Escape')
    await panel.waitFor({ state: 'detached' })
    await first.close()

    const stored = JSON.parse(await readFile(join(first.userDataDir, 'settings.json'), 'utf8'))
    expect(JSON.stringify(stored)).toContain('"autoCheckUpdates":true')

    // Same profile, new launch: the first paint already has every setting.
    const second = await launchReader({ width: 1180, height: 820 }, 'light', {
      userDataDir: first.userDataDir
    })
    try {
      await second.page.addInitScript(RECORD_FIRST_PAINT)
      await second.page.goto(`${second.url}#/${EDITION}/security`)
      await second.page
        .getByRole('heading', { level: 1, name: 'Security, the Security Council and EXPO 2017' })
        .waitFor()
      expect(await second.page.evaluate('window.__firstPaint')).toEqual({
        theme: 'dark',
        textSize: '22px',
        bodyVisible: true,
        background: 'rgb(28, 27, 25)'
      })
      const after = await paragraphStyle(second.page, 'security-2')
      expect(after).toMatchObject({ size: '22px', lineHeight: `${22 * 1.95}px` })
      expect(after.font).toMatch(/^"Atkinson Hyperlegible"/)
      expect(await second.page.locator('.paragraph-number').first().isVisible()).toBe(true)
      await second.page.getByRole('button', { name: 'Reading settings' }).click()
      const panel2 = second.page.getByRole('dialog', { name: 'Reading settings' })
      expect(await panel2.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true)
      expect(await panel2.getByRole('radio', { name: 'Narrow' }).isChecked()).toBe(true)
      expect(await panel2.getByRole('radio', { name: 'Relaxed' }).isChecked()).toBe(true)
      expect(await panel2.getByRole('checkbox', { name: /Check for updates/ }).isChecked()).toBe(true)
      await second.screenshot('settings-02-restored')
      await panel2.getByRole('radio', { name: 'Sepia' }).check()
      await expect.poll(() => second.page.locator('html').getAttribute('data-theme')).toBe('sepia')
      await second.screenshot('settings-03-sepia')
    } finally {
      await second.close()
    }
  })

  it('has every Kazakh letter in the bundled faces, not from a fallback', async () => {
    const reader = await launchReader({ width: 800, height: 600 })
    try {
      await reader.page.goto(`${reader.url}#/${EDITION}`)
      await reader.page.locator('h1').waitFor()
      // A face missing a glyph draws it with the fallback, so it measures exactly as the fallback does.
      const covered = await reader.page.evaluate<Record<string, boolean>>(`(async () => {
        const letters = 'әғқңөұүһі ӘҒҚҢӨҰҮҺІ'
        const canvas = document.createElement('canvas').getContext('2d')
        const result = {}
        for (const face of ['Literata', 'Atkinson Hyperlegible', 'Andika']) {
          await document.fonts.load('20px "' + face + '"', letters)
          const width = (font, letter) => {
            canvas.font = font
            return canvas.measureText(letter).width
          }
          // A missing glyph measures exactly as its fallback does, whichever fallback it is.
          result[face] = [...letters.replace(/ /g, '')].every((letter) =>
            ['monospace', 'serif'].some(
              (fallback) => width('20px "' + face + '", ' + fallback, letter) !== width('20px ' + fallback, letter)
            )
          )
        }
        return result
      })()`)
      // Atkinson Hyperlegible has no Cyrillic at all: its Cyrillic comes from Andika (see fonts.css).
      expect(covered).toEqual({ Literata: true, 'Atkinson Hyperlegible': false, Andika: true })
    } finally {
      await reader.close()
    }
  })
})
