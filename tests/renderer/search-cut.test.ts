/** A paste longer than the search box holds: the results say so in a line. */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MAX_QUERY_CHARS } from '../../src/shared/search'
import { realBridge } from '../support/real-bridge'
import { mountApp, until, type MountedApp } from './support/mount-app'

const CUT = 'Only the first 1,000 characters of what you pasted are searched.'
const LONG = 'nuclear '.repeat(200)
let mounted: MountedApp | null = null

afterEach(() => {
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

describe('a paste cut short by the search box', () => {
  it('shows the cut line once the query it cut is set', async () => {
    const box = await open()
    box.focus()
    paste(box, LONG)
    await until(() => cutLine() !== null, 'the cut line')
    expect(cutLine()?.textContent?.trim()).toBe(CUT)
    expect(box.value).toHaveLength(MAX_QUERY_CHARS)
  })
})
