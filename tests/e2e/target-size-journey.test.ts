/**
 * WCAG 2.2 2.5.8 (Target Size, Minimum) in every view, at 1280 and 420 CSS px wide: each visible
 * interactive element is at least 24×24, or, when smaller, a 24 px circle centred on it touches no other
 * target (the spacing exception); a link inside a sentence is exempt (the inline exception).
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { launchReader } from './support/launch-reader'

const EDITION = 'diplomatic-service-at-30'

/** In the page: the targets that fail, with their size. */
const UNDERSIZED = `(() => {
  const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex="0"], [role=button], [role=switch], [role=radio]'
  const visible = (el) => {
    const box = el.getBoundingClientRect()
    const style = getComputedStyle(el)
    // A visually hidden fallback (1×1, clipped) is no pointer target.
    return box.width > 1 && box.height > 1 && style.visibility !== 'hidden' && Number(style.opacity) > 0
  }
  // Inline in a sentence: an inline element whose block holds more text than the element itself.
  const inSentence = (el) => {
    if (getComputedStyle(el).display !== 'inline') return false
    let block = el.parentElement
    while (block && getComputedStyle(block).display === 'inline') block = block.parentElement
    return !!block && block.textContent.trim().length > el.textContent.trim().length + 1
  }
  const targets = [...document.querySelectorAll(selector)].filter(visible)
  // A file input laid over its label button is measured by the label it covers.
  const boxes = targets.map((el) => ({ el, box: el.getBoundingClientRect() }))
  const distanceToBox = (x, y, b) => Math.hypot(Math.max(b.left - x, 0, x - b.right), Math.max(b.top - y, 0, y - b.bottom))
  const small = (b) => b.width < 24 - 0.01 || b.height < 24 - 0.01
  const failures = []
  for (const { el, box } of boxes) {
    if (!small(box) || inSentence(el)) continue
    const cx = box.left + box.width / 2
    const cy = box.top + box.height / 2
    const crowded = boxes.some(({ el: other, box: b }) => {
      if (other === el || other.contains(el) || el.contains(other)) return false
      if (small(b)) return Math.hypot(b.left + b.width / 2 - cx, b.top + b.height / 2 - cy) < 24
      return distanceToBox(cx, cy, b) < 12
    })
    if (crowded) {
      const name = el.getAttribute('aria-label') || el.textContent.trim().slice(0, 40) || el.tagName
      failures.push(el.tagName.toLowerCase() + '.' + [...el.classList].join('.') + ' "' + name + '" ' + Math.round(box.width) + '×' + Math.round(box.height))
    }
  }
  return { checked: boxes.length, failures }
})()`

async function undersized(page: Page): Promise<{ checked: number; failures: string[] }> {
  return page.evaluate<{ checked: number; failures: string[] }>(UNDERSIZED)
}

describe.each([1280, 420])('target sizes at %i px', (width) => {
  it('are 24×24 CSS px or spaced apart in every view', async () => {
    const reader = await launchReader({ width, height: 860 })
    const { page } = reader
    const failures: string[] = []
    const check = async (view: string): Promise<void> => {
      const { checked, failures: found } = await undersized(page)
      console.log(
        `target size ${view} · ${width}px: ${checked} targets, ${found.length} too small${found.map((f) => `\n  ${f}`).join('')}`
      )
      failures.push(...found.map((f) => `${view}: ${f}`))
    }
    try {
      for (const [view, path, heading] of [
        ['title page', '', null],
        ['chapter', '/security', 'Security, the Security Council and EXPO 2017'],
        ['glossary', '/glossary', 'Glossary'],
        ['timeline', '/timeline', 'Timeline'],
        ['bookmarks', '/bookmarks', 'Bookmarks']
      ] as const) {
        await page.goto(`${reader.url}#/${EDITION}${path}`)
        if (heading) await page.getByRole('heading', { level: 1, name: heading }).waitFor()
        else await page.getByRole('link', { name: 'Start reading' }).waitFor()
        await check(view)
      }
      await page.goto(`${reader.url}#/${EDITION}/nuclear`)
      await page.getByRole('heading', { level: 1, name: 'Nuclear disarmament' }).waitFor()
      await page.getByRole('searchbox', { name: 'Search this edition' }).fill('nuclear')
      await page.locator('.search-step').first().waitFor()
      await check('search results')
      await page.getByRole('searchbox', { name: 'Search this edition' }).press('Escape')
      await page.getByRole('button', { name: /^Bookmark paragraph 1: / }).click()
      await page.getByRole('dialog', { name: 'New bookmark' }).waitFor()
      await check('composer')
      await page.keyboard.press('Escape')
      reader.push('menuCommand', { command: 'settings' })
      await page.getByRole('dialog', { name: 'Reading settings' }).waitFor()
      await check('settings panel')
    } finally {
      await reader.close()
    }
    expect(failures).toEqual([])
  })
})
