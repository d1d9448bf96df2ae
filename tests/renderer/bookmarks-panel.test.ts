import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useBookmarksStore } from '../../src/renderer/src/stores/bookmarks'
import { describePassage } from '../../src/shared/anchoring'
import { chapterText, paragraphAt, paragraphSpans } from '../../src/shared/bookmarks/chapter-text'
import type { ElshiApi } from '../../src/shared/contract'
import { realBridgeWithData } from '../support/real-bridge'
import { mountApp, until } from './support/mount-app'

const EDITION = 'diplomatic-service-at-30'
let api: ElshiApi
let mounted: VueWrapper | null = null

beforeEach(() => {
  api = realBridgeWithData(mkdtempSync(join(tmpdir(), 'elshi-user-data-'))).api
  vi.stubGlobal('elshi', api)
  Element.prototype.scrollIntoView = vi.fn()
})
afterEach(() => {
  mounted?.unmount()
  vi.unstubAllGlobals()
})

async function bookmark(chapterId: string, phrase: string, note: string, label: 'green' | 'blue' | null) {
  const chapter = await api.getChapter(EDITION, chapterId)
  if (!chapter.ok) throw new Error(chapter.error.reason.code)
  const text = chapterText(chapter.value.paragraphs)
  const start = text.indexOf(phrase)
  const paragraphId = paragraphAt(paragraphSpans(chapter.value.paragraphs), start) ?? ''
  const anchor = { chapterId, paragraphId, ...describePassage(text, start, start + phrase.length) }
  const added = await api.addBookmark({ editionId: EDITION, anchor, note, label })
  if (!added.ok) throw new Error(added.error.reason.code)
}

async function openPanel(): Promise<VueWrapper> {
  const { app } = await mountApp(`/${EDITION}/bookmarks`, (a) => a.findAll('.bookmark-item').length > 0)
  mounted = app
  return app
}

const items = (app: VueWrapper) => app.findAll('ol[aria-label="Bookmarks"] .bookmark-item')

describe('the bookmarks panel', () => {
  beforeEach(async () => {
    // Added out of reading order, so the two orders differ.
    await bookmark('founding', 'July 2, 1992', 'Where it began', 'green')
    await bookmark('security', 'CICA', 'Asian security forum', 'blue')
  })

  it('lists bookmarks in reading order or newest first, and filters by text and label', async () => {
    const app = await openPanel()
    expect(items(app).map((i) => i.find('.bookmark-chapter').text())).toEqual([
      'The founding of the service',
      'Security, the Security Council and EXPO 2017'
    ])
    const [labelSelect, orderSelect] = app.findAll('.bookmark-filters select')
    await orderSelect!.setValue('newest')
    expect(items(app)[0]!.text()).toContain('CICA')
    await app.find('.bookmark-filters input').setValue('began')
    expect(items(app).map((i) => i.find('.bookmark-note').text())).toEqual(['Where it began'])
    await app.find('.bookmark-filters input').setValue('')
    await labelSelect!.setValue('blue')
    expect(items(app).map((i) => i.find('.bookmark-note').text())).toEqual(['Asian security forum'])
    await labelSelect!.setValue('none')
    expect(items(app)).toHaveLength(0)
    expect(app.text()).toContain('No bookmark matches this filter.')
  })

  it('edits the note and label, and deletes with an Undo that brings the same bookmark back', async () => {
    const app = await openPanel()
    const first = () => items(app)[0]!
    await first()
      .findAll('button')
      .find((b) => b.text() === 'Edit')!
      .trigger('click')
    await first().find('textarea').setValue('Independence day of the service')
    await first().find('input[type="radio"][value="blue"]').setValue(true)
    await first().find('form').trigger('submit')
    await until(() => first().find('.bookmark-note').text() === 'Independence day of the service', 'the edit')
    expect(first().find('.label-chip').text()).toBe('Blue')

    const before = useBookmarksStore().list.map((b) => b.id)
    await first()
      .findAll('button')
      .find((b) => b.text() === 'Delete')!
      .trigger('click')
    await until(() => items(app).length === 1, 'the deletion')
    expect(app.find('.undo-bar').text()).toContain('Bookmark deleted.')
    await app.find('.undo-bar button').trigger('click')
    await until(() => items(app).length === 2, 'the undo')
    expect(
      useBookmarksStore()
        .list.map((b) => b.id)
        .sort()
    ).toEqual([...before].sort())
    expect(app.find('.undo-bar').text()).toContain('Bookmark restored.')
  })

  it('reports what an import added, skipped and rejected, with reasons', async () => {
    const app = await openPanel()
    const exported = await api.exportBookmarks(EDITION, 'json')
    if (!exported.ok) throw new Error(exported.error.reason.code)
    const collection = JSON.parse(exported.value.text)
    collection.first.items.push({
      type: 'Annotation',
      target: { source: 'https://example.org', selector: [] }
    })
    const file = new File([JSON.stringify(collection)], 'bookmarks.json', { type: 'application/json' })
    const input = app.find('input[type="file"]')
    Object.defineProperty(input.element, 'files', { value: [file] })
    await input.trigger('change')
    await until(() => app.find('.import-report').text().includes('Added'), 'the import report')
    const report = app.find('.import-report').text()
    expect(report).toContain('Added 0 bookmarks, skipped 2, rejected 1.')
    // Each item is named by its quote, or by its place in the file when it has none.
    expect(report).toMatch(/“[^”]+” skipped: it is already among your bookmarks/)
    expect(report).toContain('Item 3 rejected: it marks something that is not a passage of an Elshi edition')
  })

  it('mirrors main: a change made elsewhere arrives through the push', async () => {
    const app = await openPanel()
    await bookmark('nuclear', 'Semipalatinsk Treaty', 'from another window', null)
    await until(() => items(app).length === 3, 'the pushed change')
    await flushPromises()
    expect(app.text()).toContain('from another window')
  })
})
