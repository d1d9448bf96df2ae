/**
 * Windows high contrast (forced-colors: active) keeps every state visible: the note-marks switch has a
 * track edge and its on state a system colour of its own, the current search hit stands apart from the
 * other hits, a chosen label is outlined, focus has a ring. And prefers-reduced-motion turns off the
 * page's smooth scroll, the flashes and the switch's slide.
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { launchReader } from './support/launch-reader'

const EDITION = 'diplomatic-service-at-30'

const style = (page: Page, selector: string, property: string, pseudo: string | null = null) =>
  page.evaluate<string>(
    `getComputedStyle(document.querySelector(${JSON.stringify(selector)}), ${JSON.stringify(pseudo)}).getPropertyValue(${JSON.stringify(property)})`
  )

describe('forced colours and reduced motion', () => {
  it('keeps the switch, the current hit, the chosen label and focus visible in forced colours', async () => {
    const reader = await launchReader({ width: 1280, height: 860 })
    const { page } = reader
    try {
      await page.emulateMedia({ forcedColors: 'active' })
      await page.goto(`${reader.url}#/${EDITION}/nuclear`)
      await page.getByRole('heading', { level: 1, name: 'Nuclear disarmament' }).waitFor()
      expect(await page.evaluate('matchMedia("(forced-colors: active)").matches')).toBe(true)

      const track = '.top-bar-wide .marks-switch-track'
      const toggle = page.locator('.top-bar-wide .marks-switch')
      expect(await toggle.getAttribute('aria-checked')).toBe('true')
      const on = {
        track: await style(page, track, 'background-color'),
        knob: await style(page, track, 'background-color', '::after')
      }
      await toggle.click()
      await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false')
      expect(await style(page, track, 'border-top-style')).toBe('solid')
      expect(await style(page, track, 'border-top-width')).toBe('1px')
      const off = {
        track: await style(page, track, 'background-color'),
        edge: await style(page, track, 'border-top-color'),
        knob: await style(page, track, 'background-color', '::after')
      }
      // Off: an edge and a knob unlike the track; on: a filled track unlike the off one.
      expect(off.edge).not.toBe(off.track)
      expect(off.knob).not.toBe(off.track)
      expect(on.track).not.toBe(off.track)
      expect(on.knob).not.toBe(on.track)
      await reader.screenshot('forced-colors-01-switch-off')
      await toggle.click()

      const box = page.getByRole('searchbox', { name: 'Search this edition' })
      await box.fill('nuclear')
      await page.locator('.search-step').first().waitFor()
      await box.press('Enter')
      const current = page.locator('mark.search-hit.search-hit-current')
      await current.waitFor()
      const other = 'mark.search-hit:not(.search-hit-current)'
      expect(await page.locator(other).count()).toBeGreaterThan(0)
      expect(await style(page, 'mark.search-hit.search-hit-current', 'background-color')).not.toBe(
        await style(page, other, 'background-color')
      )
      expect(await style(page, 'mark.search-hit.search-hit-current', 'outline-style')).toBe('solid')
      expect(await style(page, '.result-hit.current', 'border-top-width')).toBe('2px')
      await reader.screenshot('forced-colors-02-current-hit')
      await box.fill('')

      await page.getByRole('button', { name: /^Bookmark paragraph 2: / }).click()
      const composer = page.getByRole('dialog', { name: 'New bookmark' })
      await composer.getByRole('radio', { name: 'Blue' }).check()
      expect(await style(page, '.label-choice:has(input:checked)', 'outline-style')).toBe('solid')
      expect(await style(page, '.label-choice:has(input:checked)', 'outline-color')).not.toBe(
        await style(page, '.bookmark-composer', 'background-color')
      )
      // Focus (on the radio just chosen by keyboard) has a ring in a system colour.
      await page.keyboard.press('ArrowRight')
      expect(await style(page, ':focus-visible', 'outline-style')).toBe('solid')
      expect(await style(page, ':focus-visible', 'outline-width')).toBe('3px')
      await reader.screenshot('forced-colors-03-composer')
    } finally {
      await reader.close()
    }
  })

  it('turns off smooth scrolling, flashes and the switch slide for reduced motion', async () => {
    const reader = await launchReader({ width: 1280, height: 860 })
    const { page } = reader
    try {
      await page.emulateMedia({ reducedMotion: 'reduce' })
      await page.goto(`${reader.url}#/${EDITION}/nuclear`)
      await page.getByRole('heading', { level: 1, name: 'Nuclear disarmament' }).waitFor()
      await page.evaluate(`location.hash = '#/${EDITION}/nuclear?p=nuclear-2'`)
      expect(await style(page, '.page', 'scroll-behavior')).toBe('auto')
      expect(await style(page, '.top-bar-wide .marks-switch-track', 'transition-duration')).toBe('0s')
      expect(await style(page, '.top-bar-wide .marks-switch-track', 'transition-duration', '::after')).toBe(
        '0s'
      )
      // A paragraph reached by its address is marked without the flash animation.
      await page.locator('#p_nuclear-2.flash').waitFor({ state: 'attached' })
      expect(await style(page, '#p_nuclear-2', 'animation-name')).toBe('none')

      await page.emulateMedia({ reducedMotion: 'no-preference' })
      expect(await style(page, '.page', 'scroll-behavior')).toBe('smooth')
      expect(await style(page, '#p_nuclear-2', 'animation-name')).toBe('flash')
    } finally {
      await reader.close()
    }
  })
})
