/**
 * The reader at every window size from Electron's minimum to a large display, and at 200 % zoom of the
 * default window. At each: no horizontal scrolling,
 * every top-bar control inside the window, the contents and search reachable, notes and the composer on
 * screen; screenshots in light and dark.
 */
import { describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { scrollSettled } from './support/scroll-settled'
import { launchReader } from './support/launch-reader'

const EDITION = 'diplomatic-service-at-30'
const SIZES = [
  { name: '420x360', width: 420, height: 360 },
  { name: '800x600', width: 800, height: 600 },
  // The narrowest window that still has the whole top bar inline (below it, the Menu).
  { name: '1100x700', width: 1100, height: 700 },
  { name: '1180x820', width: 1180, height: 820 },
  { name: '1440x900', width: 1440, height: 900 },
  { name: '2560x1440', width: 2560, height: 1440 },
  // 200 % zoom of the default window: Chromium's page zoom lays a 1180×820 window out as a CSS viewport
  // of 1180/2 × 820/2 px at a device pixel ratio of 2, which is exactly this (media queries, rem and the
  // window's innerWidth all see what Electron's zoom would give them).
  { name: '1180x820-zoom200', width: 590, height: 410, deviceScaleFactor: 2 }
] as const
const scaleOf = (size: (typeof SIZES)[number]): number =>
  'deviceScaleFactor' in size ? size.deviceScaleFactor : 1

/** What scrolls sideways anywhere in the frame (the document, the shell, the page, the bar). */
const SIDEWAYS_OVERFLOW = `(() => {
  const over = []
  if (document.documentElement.scrollWidth > window.innerWidth) over.push('document')
  for (const selector of ['.app-shell', '.layout', '.page', '.top-bar'])
    for (const element of document.querySelectorAll(selector))
      if (element.scrollWidth > element.clientWidth + 1) over.push(selector)
  return over
})()`
const sidewaysOverflow = (page: Page): Promise<string[]> => page.evaluate<string[]>(SIDEWAYS_OVERFLOW)

interface Boxed {
  getBoundingClientRect(): { left: number; top: number; right: number; bottom: number; width: number }
  readonly ownerDocument: { readonly defaultView: { innerWidth: number; innerHeight: number } | null }
  scrollIntoView(options: { block: 'nearest' }): void
}
const within = (element: Boxed): boolean => {
  const box = element.getBoundingClientRect()
  const view = element.ownerDocument.defaultView
  return (
    box.width > 0 &&
    box.left >= 0 &&
    box.top >= 0 &&
    box.right <= (view?.innerWidth ?? 0) + 0.5 &&
    box.bottom <= (view?.innerHeight ?? 0) + 0.5
  )
}
async function insideWindow(locator: Locator): Promise<boolean> {
  return locator.evaluate(within)
}

/** Every visible control of the top bar: its label, whether it lies inside the window, and whether
 * it is squashed narrower than its own text (the old "Note marks" knob). */
const TOP_BAR_CONTROLS = `[...document.querySelectorAll('.top-bar a, .top-bar button, .top-bar input')]
  .filter((element) => element.offsetParent !== null)
  .map((element) => {
    const box = element.getBoundingClientRect()
    const text = element instanceof HTMLInputElement ? element.labels?.[0]?.textContent : element.textContent
    return {
      label: (element.getAttribute('aria-label') ?? text ?? '').trim(),
      inside: box.left >= 0 && box.right <= window.innerWidth + 0.5 && box.bottom <= window.innerHeight,
      squashed: element.scrollWidth > element.clientWidth + 1
    }
  })`
const topBarControls = (page: Page) =>
  page.evaluate<{ label: string; inside: boolean; squashed: boolean }[]>(TOP_BAR_CONTROLS)

describe('layout at every window size', () => {
  for (const size of SIZES) {
    it(`gives a complete reader at ${size.name}`, async () => {
      const reader = await launchReader({ width: size.width, height: size.height }, 'light', {
        deviceScaleFactor: scaleOf(size)
      })
      const { page } = reader
      const narrow = size.width < 1360
      try {
        await page.goto(`${reader.url}#/${EDITION}/founding`)
        await page.getByRole('heading', { level: 1, name: 'The founding of the service' }).waitFor()
        expect(await page.evaluate<number[]>('[innerWidth, innerHeight, devicePixelRatio]')).toEqual([
          size.width,
          size.height,
          scaleOf(size)
        ])
        expect(await sidewaysOverflow(page)).toEqual([])

        const controls = await topBarControls(page)
        expect(controls.length).toBeGreaterThanOrEqual(3)
        for (const control of controls) {
          expect(control.label, 'every control has a label').not.toBe('')
          expect(control, `${control.label} inside the window`).toMatchObject({
            inside: true,
            squashed: false
          })
        }
        await reader.screenshot(`layout-${size.name}-light`)

        // Search: Ctrl+K reaches a box inside the window, and nothing scrolls sideways.
        await page.keyboard.press('Control+k')
        const box = page.getByRole('searchbox', { name: 'Search this edition' })
        await expect.poll(() => box.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true)
        expect(await insideWindow(box)).toBe(true)
        expect(
          await page.evaluate<number>(`window.scrollX + document.querySelector('.app-shell').scrollLeft`)
        ).toBe(0)
        await page.keyboard.press('Escape')

        // The contents: docked beside the text, or a drawer from the top bar's Contents button.
        const toc = page.locator('#side-panel').getByRole('navigation', { name: 'Table of contents' })
        if (narrow) {
          expect(await toc.isVisible()).toBe(false)
          await page.getByRole('button', { name: 'Contents' }).click()
        }
        await toc.waitFor()
        expect(await insideWindow(toc.getByRole('link').first())).toBe(true)
        await toc.getByRole('link', { name: /Nuclear disarmament/ }).click()
        await page.getByRole('heading', { level: 1, name: 'Nuclear disarmament' }).waitFor()
        if (narrow) await toc.waitFor({ state: 'hidden' })

        // The edition's links: inline, or in the labelled Menu.
        const menu = page.getByRole('button', { name: 'Menu' })
        if (await menu.isVisible()) {
          await menu.click()
          const glossary = page.locator('#top-bar-menu-panel').getByRole('link', { name: 'Glossary' })
          expect(await insideWindow(glossary)).toBe(true)
          expect(await insideWindow(page.locator('#top-bar-menu-panel'))).toBe(true)
          await reader.screenshot(`layout-${size.name}-menu`)
          await page.keyboard.press('Escape')
          await glossary.waitFor({ state: 'hidden' })
        } else {
          expect(await page.getByRole('link', { name: 'Glossary' }).isVisible()).toBe(true)
        }

        // An editors' note: on screen; in the margin beside the text at the default window.
        const mark = page.locator('#p_nuclear-1 .annotation-mark').first()
        await mark.click()
        const note = page.locator('.annotation-note')
        await note.waitFor()
        const beside = await page.evaluate<{ besideText: boolean; right: number; width: number }>(`(() => {
          const n = document.querySelector('.annotation-note').getBoundingClientRect()
          const p = document.querySelector('#p_nuclear-1').getBoundingClientRect()
          return { besideText: n.left >= p.right, right: n.right, width: window.innerWidth }
        })()`)
        expect(beside.right).toBeLessThanOrEqual(beside.width)
        if (size.name === '1180x820' || size.width >= 1440) expect(beside.besideText).toBe(true)
        await reader.screenshot(`layout-${size.name}-note`)
        await page.keyboard.press('Escape')
        await note.waitFor({ state: 'detached' })

        // The composer, from a paragraph's control: whole inside the window.
        await page.locator('#p_nuclear-2').hover()
        await page.getByRole('button', { name: /^Bookmark paragraph 2: / }).click()
        const composer = page.getByRole('dialog', { name: 'New bookmark' })
        await composer.waitFor()
        expect(await insideWindow(composer)).toBe(true)
        // On the smallest windows the dialog scrolls within itself; its buttons stay reachable.
        const add = composer.getByRole('button', { name: 'Add bookmark' })
        await add.evaluate((el: Boxed) => el.scrollIntoView({ block: 'nearest' }))
        expect(await insideWindow(add)).toBe(true)
        expect(await insideWindow(composer)).toBe(true)
        await reader.screenshot(`layout-${size.name}-composer`)
        if (size.name === '1180x820') {
          // It follows its paragraph when the text scrolls, and stays whole on screen.
          const top = async () => (await composer.boundingBox())?.y ?? NaN
          const before = await top()
          await page.evaluate(`document.querySelector('.page').scrollBy({ top: 40, behavior: 'instant' })`)
          await expect.poll(top).toBeCloseTo(before - 40, 0)
          expect(await insideWindow(composer)).toBe(true)
        }
        await composer.getByRole('button', { name: 'Cancel' }).click()
        expect(await sidewaysOverflow(page)).toEqual([])

        // Results: choosing one on a narrow window slides them away from the text.
        await box.fill('Caspian')
        const results = page.getByRole('region', { name: 'Search results' })
        await results.getByRole('button').first().waitFor()
        expect(await insideWindow(results.getByRole('button').first())).toBe(true)
        await results.getByRole('button').first().click()
        await expect.poll(() => new URL(page.url()).hash).toMatch(/\?p=/)
        const chosen = new URLSearchParams(new URL(page.url()).hash.split('?')[1]).get('p')
        await expect.poll(() => page.evaluate<string>('document.activeElement?.id')).toBe(`p_${chosen}`)
        expect(await results.isVisible()).toBe(!narrow)
        await page.keyboard.press('Control+k')
        await page.keyboard.press('Escape')

        await page.emulateMedia({ colorScheme: 'dark' })
        await page.goto(`${reader.url}#/${EDITION}/founding`)
        await page.getByRole('heading', { level: 1, name: 'The founding of the service' }).waitFor()
        expect(await sidewaysOverflow(page)).toEqual([])
        await scrollSettled(page)
        await reader.screenshot(`layout-${size.name}-dark`)
      } finally {
        await reader.close()
      }
    })
  }
})

describe('the reading column', () => {
  for (const size of [SIZES[3], SIZES[5]]) {
    it(`stands at the same place on every view at ${size.name}, centred when there is room`, async () => {
      const reader = await launchReader({ width: size.width, height: size.height })
      const { page } = reader
      try {
        const places: Record<string, { left: number; width: number; pageCentre: number }> = {}
        for (const view of ['', '/founding', '/glossary', '/timeline', '/bookmarks']) {
          await page.goto(`${reader.url}#/${EDITION}${view}`)
          await page.locator('.reading-column h1').waitFor()
          places[view || 'title page'] = await page.evaluate(`(() => {
            const column = document.querySelector('.reading-column').getBoundingClientRect()
            const frame = document.querySelector('.page').getBoundingClientRect()
            return { left: column.left, width: column.width, pageCentre: frame.left + frame.width / 2 }
          })()`)
        }
        const [first, ...others] = Object.values(places)
        for (const other of others) expect(other).toEqual(first)
        const centre = first!.left + first!.width / 2
        expect(Math.abs(centre - first!.pageCentre)).toBeLessThan(size.width >= 2000 ? 1 : 24)
      } finally {
        await reader.close()
      }
    })
  }
})
