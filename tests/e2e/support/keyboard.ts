/**
 * Keyboard-only journeys: where focus is (document.activeElement, described the way a person would name
 * it) and whether it shows a ring, and Tab pressed until a named control has focus. Page code is source
 * text, because the test projects are typed without the DOM.
 */
import type { Page } from 'playwright-core'

export interface Focus {
  readonly tag: string
  readonly id: string
  /** aria-label, else the text, squeezed and cut at 80 characters. */
  readonly name: string
  readonly role: string
  readonly classes: string
  /** A visible focus indicator: an outline drawn around it. */
  readonly ring: boolean
}

const FOCUSED = `(() => {
  const el = document.activeElement ?? document.body
  const style = getComputedStyle(el)
  const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\\s+/g, ' ').trim()
  return {
    tag: el.tagName.toLowerCase(),
    id: el.id,
    name: name.slice(0, 80),
    role: el.getAttribute('role') ?? '',
    classes: typeof el.className === 'string' ? el.className : '',
    ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
  }
})()`

export const focused = (page: Page): Promise<Focus> => page.evaluate<Focus>(FOCUSED)

/** Whether focus is inside the element `selector` finds. */
export const focusWithin = (page: Page, selector: string): Promise<boolean> =>
  page.evaluate<boolean>(`document.activeElement?.closest(${JSON.stringify(selector)}) != null`)

/** Presses `key` (Tab by default) until focus matches, at most `max` times; returns how many presses. */
export async function pressUntil(
  page: Page,
  matches: (focus: Focus) => boolean,
  { key = 'Tab', max = 40 }: { key?: string; max?: number } = {}
): Promise<number> {
  const seen: string[] = []
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(key)
    const now = await focused(page)
    if (matches(now)) return presses
    seen.push(`${now.tag}#${now.id} "${now.name}"`)
  }
  throw new Error(`No match after ${max} × ${key}; focus went:\n${seen.join('\n')}`)
}

/** Waits until focus matches (a route change, a dialog, a chapter that arrives), else says where it is. */
export async function focusSettles(page: Page, matches: (focus: Focus) => boolean): Promise<Focus> {
  let last: Focus | null = null
  for (let i = 0; i < 100; i++) {
    last = await focused(page)
    if (matches(last)) return last
    await page.waitForTimeout(30)
  }
  throw new Error(`Focus never matched; it is on ${JSON.stringify(last)}`)
}
