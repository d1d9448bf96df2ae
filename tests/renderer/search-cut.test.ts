/**
 * A paste longer than the search box holds: the results say so in a line, and the line is heard once,
 * politely, through the app's announcer (with the answer to the query it cut, or on its own when the
 * box was already full), never as a live region inserted with its words.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MAX_QUERY_CHARS } from '../../src/shared/search'
import { realBridge } from '../support/real-bridge'
import { listen, otherLiveRegions, type Heard } from './support/announcer'
import { mountApp, until, type MountedApp } from './support/mount-app'

const CUT = 'Only the first 1,000 characters of what you pasted are searched.'
const LONG = 'nuclear '.repeat(200)
let mounted: MountedApp | null = null
let heard: Heard | null = null

afterEach(() => {
  heard?.stop()
  mounted?.app.unmount()
  mounted = null
  vi.unstubAllGlobals()
})

async function open(): Promise<HTMLInputElement> {
  vi.stubGlobal('elshi', realBridge(mkdtempSync(join(tmpdir(), 'elshi-user-data-'))))
  Element.prototype.scrollIntoView = vi.fn()
  mounted = await mountApp('/diplomatic-service-at-30', (app) => app.find('h1').exists())
  const box = document.querySelector<HTMLInputElement>('#search-input')
  if (!box) throw new Error('no search box')
  heard = listen()
  return box
}

/** What the browser does with a paste: the paste event, then (when the box has room) the cut text and an input. */
function paste(box: HTMLInputElement, text: string): void {
  const clipboardData = new DataTransfer()
  clipboardData.setData('text', text)
  box.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }))
  const kept = box.value.slice(0, box.selectionStart ?? box.value.length)
  const inserted = text.slice(0, Math.max(0, MAX_QUERY_CHARS - kept.length))
  if (inserted === '') return
  box.value = kept + inserted
  box.dispatchEvent(new Event('input', { bubbles: true }))
}

const cutLine = (): Element | null => document.querySelector('.search-results .search-cut')
const saidWithCut = (): string[] => heard?.polite.filter((said) => said.includes(CUT)) ?? []

describe('a paste cut short by the search box', () => {
  it('is said once, with the answer to the query it cut; the line is no live region', async () => {
    const box = await open()
    box.focus()
    paste(box, LONG)
    await until(() => cutLine() !== null, 'the cut line')
    expect(cutLine()?.textContent?.trim()).toBe(CUT)
    expect(box.value).toHaveLength(MAX_QUERY_CHARS)
    await vi.waitFor(() => expect(saidWithCut()).toHaveLength(1))
    expect(saidWithCut()[0]).toMatch(/^Results: .* Only the first 1,000 characters/)
    await heard?.once('polite', saidWithCut()[0]!)
    expect(cutLine()?.hasAttribute('role')).toBe(false)
    expect(otherLiveRegions()).toEqual([])
  })

  it('is said on its own when the box was full and took nothing', async () => {
    const box = await open()
    box.focus()
    box.value = LONG.slice(0, MAX_QUERY_CHARS)
    box.dispatchEvent(new Event('input', { bubbles: true }))
    await vi.waitFor(() => expect(heard?.polite.at(-1)).toMatch(/^Results: /))
    box.setSelectionRange(MAX_QUERY_CHARS, MAX_QUERY_CHARS)
    paste(box, 'nuclear')
    await until(() => cutLine() !== null, 'the cut line')
    await heard?.once('polite', CUT)
  })

  it('is forgotten, and not said, once the reader types on', async () => {
    const box = await open()
    box.focus()
    paste(box, LONG)
    await vi.waitFor(() => expect(saidWithCut()).toHaveLength(1))
    box.value = 'nuclear'
    box.dispatchEvent(new Event('input', { bubbles: true }))
    await vi.waitFor(() => expect(heard?.polite.at(-1)).toMatch(/^Results: /))
    expect(cutLine()).toBeNull()
    expect(saidWithCut()).toHaveLength(1)
  })
})
