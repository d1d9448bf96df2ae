/**
 * Non-text contrast (WCAG 1.4.11) and placeholder contrast (1.4.3) from the colours Chromium computed,
 * in light, sepia and dark: field and button edges, the note-marks switch off and on, the focus ring,
 * the editors' note marks and the bookmark label swatches; then the size of every target (2.5.8) in
 * each view. Prints the lowest ratio of each control in each theme.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { contrastRatio, over, parseColor } from './support/contrast'
import { launchReader, type Reader } from './support/launch-reader'

const EDITION = 'diplomatic-service-at-30'
const THEMES = ['light', 'sepia', 'dark'] as const
type Theme = (typeof THEMES)[number]

interface Pair {
  readonly control: string
  readonly foreground: string
  /** Background layers from the nearest up to the first opaque one. */
  readonly layers: readonly string[]
  readonly minimum: 3 | 4.5
}

/** In the page: what each control is drawn in, and what lies behind it. */
const MEASURE = `((selectors) => {
  // rgb(r, g, b) is opaque; rgba(…, a) and color(srgb … / a) carry their alpha last.
  const alpha = (c) => {
    if (c === 'transparent') return 0
    const m = /(?:,|\\/)\\s*([\\d.]+)\\)$/.exec(c)
    return c.startsWith('rgb(') || !m ? 1 : Number(m[1])
  }
  const layers = (start) => {
    const found = []
    for (let n = start; n; n = n.parentElement) {
      const bg = getComputedStyle(n).backgroundColor
      found.push(bg)
      if (alpha(bg) === 1) break
    }
    found.push('rgb(255, 255, 255)')
    return found
  }
  const pairs = []
  for (const { control, selector, part, minimum } of selectors) {
    const el = document.querySelector(selector)
    if (!el) throw new Error('Nothing matches ' + selector)
    const style = getComputedStyle(el, part === 'placeholder' ? '::placeholder' : part === 'knob' ? '::after' : null)
    const foreground =
      part === 'border' ? style.borderTopColor
      : part === 'outline' ? style.outlineColor
      : part === 'underline' ? style.textDecorationColor
      : part === 'stroke' ? style.stroke
      : part === 'fill' ? style.backgroundColor
      : part === 'knob' ? style.backgroundColor
      : style.color
    // What surrounds it: for a placeholder or a knob the element itself, else what is behind it.
    const behind = part === 'placeholder' || part === 'knob' || part === 'underline' ? el : el.parentElement
    pairs.push({ control, foreground, layers: layers(behind), minimum })
  }
  return pairs
})`

type Part = 'border' | 'outline' | 'underline' | 'stroke' | 'fill' | 'knob' | 'placeholder'
const probe = (control: string, selector: string, part: Part, minimum: 3 | 4.5 = 3) => ({
  control,
  selector,
  part,
  minimum
})

async function measure(page: Page, probes: ReturnType<typeof probe>[]): Promise<Pair[]> {
  return page.evaluate<Pair[]>(`${MEASURE}(${JSON.stringify(probes)})`)
}

/** The opaque colour the layers make, bottom first. */
function backdrop(layers: readonly string[]): string {
  const bottomUp = [...layers].reverse().map(parseColor)
  const flat = bottomUp.slice(1).reduce((below, layer) => over(layer, below), bottomUp[0]!)
  return `rgb(${flat.r}, ${flat.g}, ${flat.b})`
}

const lowest = new Map<string, number>()
function record(theme: Theme, pairs: readonly Pair[]): string[] {
  const failures: string[] = []
  for (const pair of pairs) {
    const ratio = contrastRatio(pair.foreground, backdrop(pair.layers))
    const key = `${pair.control} · ${theme}`
    lowest.set(key, Math.min(lowest.get(key) ?? Infinity, ratio))
    if (ratio < pair.minimum)
      failures.push(`${key}: ${ratio.toFixed(2)}:1 (${pair.foreground} on ${backdrop(pair.layers)})`)
  }
  return failures
}

let reader: Reader
beforeAll(async () => {
  reader = await launchReader({ width: 1280, height: 860 }, 'light')
  // The colours a state settles in, not a frame of the switch's 0.15 s fade (reduced motion has none).
  await reader.page.emulateMedia({ reducedMotion: 'reduce' })
})
afterAll(async () => {
  for (const [key, ratio] of lowest) console.log(`contrast ${key}: ${ratio.toFixed(2)}:1`)
  await reader?.close()
})

async function chooseTheme(page: Page, theme: Theme): Promise<void> {
  reader.push('menuCommand', { command: 'settings' })
  const panel = page.getByRole('dialog', { name: 'Reading settings' })
  await panel.waitFor()
  await panel.getByRole('radio', { name: new RegExp(`^${theme}$`, 'i') }).check()
  await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe(theme)
  await page.keyboard.press('Escape')
  await panel.waitFor({ state: 'hidden' })
}

describe('contrast of controls, marks and focus', () => {
  it('keeps the WCAG formula honest', () => {
    // Published reference points: black on white is 21:1, #767676 on white the 4.54:1 AA grey.
    expect(contrastRatio('rgb(0, 0, 0)', 'rgb(255, 255, 255)')).toBeCloseTo(21, 5)
    expect(contrastRatio('rgb(118, 118, 118)', 'rgb(255, 255, 255)')).toBeCloseTo(4.54, 2)
    expect(contrastRatio('color(srgb 0 0 0 / 0.5)', 'rgb(255, 255, 255)')).toBeCloseTo(3.98, 1)
  })

  it.each(THEMES)('meets 3:1 (4.5:1 for placeholders) in %s', async (theme) => {
    const { page } = reader
    await page.goto(`${reader.url}#/${EDITION}/security`)
    await page.getByRole('heading', { level: 1 }).first().waitFor()
    await chooseTheme(page, theme)
    const failures: string[] = []

    const box = page.getByRole('searchbox', { name: 'Search this edition' })
    await box.fill('nuclear')
    await page.locator('.search-step').first().waitFor()
    failures.push(
      ...record(
        theme,
        await measure(page, [
          probe('search field edge', '#search-input', 'border'),
          probe('search field placeholder', '#search-input', 'placeholder', 4.5),
          probe('step button edge', '.search-step', 'border'),
          probe('note mark underline', '.paragraph .annotation-mark', 'underline')
        ])
      )
    )
    await box.fill('')

    // The switch on (marks shown is the default) and off: both states drawn at 3:1.
    const toggle = page.locator('.top-bar-wide .marks-switch')
    for (const state of ['false', 'true']) {
      if ((await toggle.getAttribute('aria-checked')) !== state) await toggle.click()
      await expect.poll(() => toggle.getAttribute('aria-checked')).toBe(state)
      const name = state === 'true' ? 'on' : 'off'
      failures.push(
        ...record(
          theme,
          await measure(page, [
            probe(`note marks switch ${name}: edge`, '.top-bar-wide .marks-switch-track', 'border'),
            probe(`note marks switch ${name}: knob`, '.top-bar-wide .marks-switch-track', 'knob')
          ])
        )
      )
    }

    // The focus ring, as a keyboard user sees it (focus-visible after a key press).
    await page.keyboard.press('Shift')
    await page.locator('.chapter-nav-link').first().focus()
    failures.push(...record(theme, await measure(page, [probe('focus ring', ':focus-visible', 'outline')])))

    await page.getByRole('button', { name: /^Bookmark paragraph 1: / }).click()
    await page.getByRole('dialog', { name: 'New bookmark' }).waitFor()
    await reader.screenshot(`contrast-composer-${theme}`)
    failures.push(
      ...record(
        theme,
        await measure(page, [
          probe('note field edge', '.bookmark-composer textarea', 'border'),
          ...['none', 'yellow', 'green', 'blue', 'pink', 'purple'].map((label) =>
            probe('label swatch edge', `.bookmark-composer .label-swatch.label-${label} path`, 'stroke')
          )
        ])
      )
    )
    await page.keyboard.press('Escape')

    await page.goto(`${reader.url}#/${EDITION}/bookmarks`)
    await page.getByRole('heading', { level: 1, name: 'Bookmarks' }).waitFor()
    failures.push(
      ...record(
        theme,
        await measure(page, [
          probe('filter field edge', '.bookmark-filters input', 'border'),
          probe('filter field placeholder', '.bookmark-filters input', 'placeholder', 4.5),
          probe('label select edge', '.bookmark-filters select', 'border'),
          probe('button edge', '.bookmark-transfer button.button:not(.primary)', 'border')
        ])
      )
    )
    await reader.screenshot(`contrast-bookmarks-${theme}`)
    expect(failures).toEqual([])
  })
})
