import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SearchService } from '../../src/main/search/search-service'
import { bundledSearch } from '../support/bundled-search'
import { launchReader, type Reader } from './support/launch-reader'

let reader: Reader
let engine: SearchService
let chapterOrder: string[]
beforeAll(async () => {
  const bundled = await bundledSearch()
  engine = bundled.search
  chapterOrder = bundled.edition.chapters.map((chapter) => chapter.id)
  // Wide enough that the results stay beside the text while stepping (narrower, they slide away by design).
  reader = await launchReader({ width: 1440, height: 900 })
})
afterAll(async () => {
  await reader?.close()
})

const EDITION = 'diplomatic-service-at-30'
const ADDRESS = /#\/diplomatic-service-at-30\/([a-z-]+)\?p=([a-z0-9-]+)/

/** Every occurrence in reading order, from the engine itself: what "n of m" must step through. */
function expectedStops(query: string): { chapterId: string; paragraphId: string }[] {
  return [...engine.search(query).groups]
    .sort((a, b) => chapterOrder.indexOf(a.chapterId) - chapterOrder.indexOf(b.chapterId))
    .flatMap((group) =>
      group.paragraphIds.flatMap((paragraphId, i) =>
        Array.from({ length: group.occurrences[i]! }, () => ({ chapterId: group.chapterId, paragraphId }))
      )
    )
}

describe('stepping through hits in reading order', () => {
  it('starts from the chapter in view, crosses chapters forward and back, wraps, and marks the current hit', async () => {
    const { page } = reader
    const query = '"foreign policy"'
    const stops = expectedStops(query)
    const total = stops.length
    expect(total).toBeGreaterThan(4)
    // Start mid-edition, in a chapter that has no hit, so the first step goes to a later chapter.
    const start = chapterOrder.find(
      (id, at) => at > 1 && at < chapterOrder.length - 2 && !stops.some((s) => s.chapterId === id)
    )!
    const startOrder = chapterOrder.indexOf(start)
    await page.goto(`${reader.url}#/${EDITION}/${start}`)
    await page.locator('h1.chapter-title').waitFor()
    const box = page.getByRole('searchbox', { name: 'Search this edition' })
    const position = page.locator('#search-position')
    await box.fill(query)
    await expect.poll(() => position.textContent()).toBe(`${total} hits`)
    const results = page.getByRole('region', { name: 'Search results' })
    const passages = engine.search(query).totalHits
    expect(await results.locator('.panel-title .count').textContent()).toMatch(
      new RegExp(`^${total} hits in ${passages} passages`)
    )
    await reader.screenshot('stepping-01-typed-mid-edition')

    const first = stops.findIndex((stop) => chapterOrder.indexOf(stop.chapterId) >= startOrder)
    expect(first).toBeGreaterThan(0)
    let at = first
    const visitedOrders: number[] = []
    for (let n = first; n < total; n++) {
      await box.press('Enter')
      await expect.poll(() => position.textContent()).toBe(`${n + 1} of ${total}`)
      await expect.poll(() => ADDRESS.exec(page.url())?.[2]).toBe(stops[n]!.paragraphId)
      const current = page.locator('mark.search-hit-current')
      await expect.poll(() => current.count()).toBe(1)
      expect((await current.textContent())?.toLowerCase()).toBe('foreign policy')
      expect(
        await current.evaluate((mark) =>
          mark.closest('[data-paragraph-id]')?.getAttribute('data-paragraph-id')
        )
      ).toBe(stops[n]!.paragraphId)
      visitedOrders.push(chapterOrder.indexOf(ADDRESS.exec(page.url())![1]!))
      if (n === first) await reader.screenshot('stepping-02-first-step-after-start')
      at = n
    }
    expect(at).toBe(total - 1)
    // Reading order: chapters never go backwards while stepping forward, and more than one is crossed.
    expect(visitedOrders).toEqual([...visitedOrders].sort((a, b) => a - b))
    expect(new Set(visitedOrders).size).toBeGreaterThan(1)
    await reader.screenshot('stepping-03-last-hit')

    await box.press('Enter')
    await expect.poll(() => position.textContent()).toBe(`1 of ${total}`)
    await expect
      .poll(() => page.locator('.search-wrap').textContent())
      .toBe('Reached the end; continued from the beginning.')
    await expect.poll(() => ADDRESS.exec(page.url())?.[2]).toBe(stops[0]!.paragraphId)
    await reader.screenshot('stepping-04-wrapped-to-start')

    await box.press('Shift+Enter')
    await expect.poll(() => position.textContent()).toBe(`${total} of ${total}`)
    await expect
      .poll(() => page.locator('.search-wrap').textContent())
      .toBe('Reached the beginning; continued from the end.')
    await box.press('Shift+Enter')
    await expect.poll(() => position.textContent()).toBe(`${total - 1} of ${total}`)
    await expect.poll(() => page.locator('.search-wrap').count()).toBe(0)
    // The current hit's passage is marked in the results list too, when its snippet is listed.
    const currentItem = results.locator('.result-hit[aria-current="true"]')
    await expect.poll(() => currentItem.count()).toBe(1)
    await reader.screenshot('stepping-05-back-across-the-wrap')
  })

  it('lists note hits apart with their own count, and opens a note hit beside its passage', async () => {
    const { page } = reader
    const query = 'Semipalatinsk'
    const found = engine.search(query)
    const notes = found.noteHits?.length ?? 0
    expect(notes).toBeGreaterThan(0)
    await page.goto(`${reader.url}#/${EDITION}/${chapterOrder[0]}`)
    await page.locator('h1.chapter-title').waitFor()
    const box = page.getByRole('searchbox', { name: 'Search this edition' })
    await box.fill(query)
    const results = page.getByRole('region', { name: 'Search results' })
    const summary = results.locator('.panel-title .count')
    await expect
      .poll(() => summary.textContent())
      .toBe(
        `${found.totalOccurrences} hit${found.totalOccurrences === 1 ? '' : 's'} in ${found.totalHits} passage${found.totalHits === 1 ? '' : 's'} · ${notes} note${notes === 1 ? '' : 's'}`
      )
    const noteList = results.locator('.note-results')
    // The badge shows the number; its text says what is counted (no aria-label on a plain span).
    expect(await noteList.locator('.result-chapter .count').textContent()).toBe(
      `${notes} note${notes === 1 ? '' : 's'}`
    )
    expect(await noteList.locator('.note-hit').count()).toBe(notes)
    // "n of m" counts the text's hits only; the notes are a list of their own.
    expect(await page.locator('#search-position').textContent()).toBe(
      `${found.totalOccurrences} hit${found.totalOccurrences === 1 ? '' : 's'}`
    )
    await reader.screenshot('stepping-06-note-hits-apart')
    await noteList.locator('.note-hit').first().click()
    await expect.poll(() => page.url()).toMatch(/[?&]note=/)
    await expect.poll(() => page.locator('[role="dialog"], .annotation-note').count()).toBeGreaterThan(0)
    await reader.screenshot('stepping-07-note-hit-open')
  })

  it('offers the correction with the reader’s casing, and searches as typed on request', async () => {
    const { page } = reader
    await page.goto(`${reader.url}#/${EDITION}/${chapterOrder[0]}`)
    await page.locator('h1.chapter-title').waitFor()
    const box = page.getByRole('searchbox', { name: 'Search this edition' })
    expect(await box.getAttribute('maxlength')).toBe('1000')
    await box.fill('Semipalatinsc')
    const results = page.getByRole('region', { name: 'Search results' })
    const corrected = results.locator('.notice.corrected')
    await expect
      .poll(() => corrected.textContent())
      .toMatch(/Showing results for\s+Semipalatinsk\s+· Search instead for\s+Semipalatinsc/)
    await reader.screenshot('stepping-08-corrected')
    await corrected.getByRole('button', { name: 'Semipalatinsc' }).click()
    await expect.poll(() => results.textContent()).toMatch(/Nothing found for “Semipalatinsc”/)
    expect(await results.locator('.notice li').allTextContents()).toContain(
      'Check the spelling, or try another form of the word.'
    )
    await box.fill('Semipalatinsk -Semipalatinsk -test')
    await expect
      .poll(() => results.textContent())
      .toMatch(/Remove the exclusion “-Semipalatinsk” and “-test”/)
    await reader.screenshot('stepping-09-nothing-found')
  })
})
