/**
 * What the app's two live regions (LiveAnnouncer) say, for tests that check a line is heard through
 * them, once, and that no other element of the page is a live region of its own.
 */
import { flushPromises } from '@vue/test-utils'
import { expect, vi } from 'vitest'

// <output> is a status region of its own (implicit role=status), unless hidden from screen readers.
const LIVE = '[role="status"], [role="alert"], [aria-live], output:not([aria-hidden="true"])'

type Region = 'polite' | 'alert'

export interface Heard {
  /** Every non-empty text the polite region took on, in order. */
  readonly polite: string[]
  /** Every non-empty text the assertive region took on, in order. */
  readonly alert: string[]
  /** Waits (the announcer fills a region a beat after it is asked) until `region` has said `text`s. */
  until(region: Region, ...texts: string[]): Promise<void>
  /** Waits (real timers) until `region` has said `text`, then a beat more, and checks it was said once. */
  once(region: Region, text: string): Promise<void>
  stop(): void
}

/** Starts listening to the announcer's regions (mounted now or later), as a screen reader would. */
export function listen(): Heard {
  const heard: Record<Region, string[]> = { polite: [], alert: [] }
  const last: Record<Region, string> = { polite: '', alert: '' }
  const seen: Record<Region, Element | null> = { polite: null, alert: null }
  const note = (region: Region, selector: string): void => {
    const element = document.querySelector(selector)
    const text = element?.textContent?.trim() ?? ''
    // What a region holds when it is inserted is not read (and here may be an earlier test's words):
    // only a change of an existing region's text is heard.
    const changed = element !== null && element === seen[region] && text !== last[region]
    if (changed && text !== '') heard[region].push(text)
    seen[region] = element
    last[region] = text
  }
  const noteBoth = (): void => {
    note('polite', '.live-announcer')
    note('alert', '.live-alert')
  }
  // The regions already in the page are known from the start, so their very next change is heard.
  noteBoth()
  const observer = new MutationObserver(noteBoth)
  observer.observe(document.body, { childList: true, subtree: true, characterData: true })
  return {
    ...heard,
    async until(region, ...texts) {
      await vi.waitFor(async () => {
        await flushPromises()
        expect(heard[region]).toEqual(texts)
      })
    },
    async once(region, text) {
      const times = (): number => heard[region].filter((said) => said === text).length
      await vi.waitFor(async () => {
        await flushPromises()
        expect(times()).toBeGreaterThan(0)
      })
      // Longer than the announcer's beat, so a second saying would have come.
      await new Promise((resolve) => setTimeout(resolve, 300))
      await flushPromises()
      expect(times(), `"${text}" said ${times()} times`).toBe(1)
    },
    stop: () => observer.disconnect()
  }
}

/** The live regions in the page that are not the announcer's two. */
export const otherLiveRegions = (): Element[] =>
  [...document.querySelectorAll(LIVE)].filter((region) => !region.matches('.live-announcer, .live-alert'))
