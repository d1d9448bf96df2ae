/** Chapters already opened come from the session's cache: no second request, and no gap on screen. */
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Chapter } from '../../src/shared/edition'
import { ok } from '../../src/shared/result'
import { useReaderStore } from '../../src/renderer/src/stores/reader'

const chapter = (id: string): Chapter => ({
  id,
  title: `Chapter ${id}`,
  order: 0,
  paragraphs: [{ id: `${id}-1`, html: 'Some words here.', text: 'Some words here.' }],
  previousId: null,
  nextId: null
})

const getChapter = vi.fn(async (_edition: string, id: string) => ok(chapter(id)))

beforeEach(() => {
  setActivePinia(createPinia())
  getChapter.mockClear()
  Object.defineProperty(window, 'elshi', { value: { getChapter }, configurable: true })
})

describe('the chapter cache', () => {
  it('fetches each chapter once, and shows a chapter opened before in the same tick', async () => {
    const reader = useReaderStore()
    await reader.openChapter('ed', 'one')
    await reader.openChapter('ed', 'two')
    expect(reader.chapter?.id).toBe('two')

    void reader.openChapter('ed', 'one')
    // No await: the cached chapter is already the one on screen, so the view never renders "Opening…".
    expect(reader.chapter?.id).toBe('one')
    expect(reader.loading).toBe(false)
    expect(getChapter.mock.calls.map(([, id]) => id)).toEqual(['one', 'two'])
  })

  it('prefetches the others in the background without fetching any twice', async () => {
    const reader = useReaderStore()
    await reader.openChapter('ed', 'one')
    await reader.prefetch('ed', ['one', 'two', 'three'])
    expect(reader.cached('ed', 'three')?.title).toBe('Chapter three')
    expect(getChapter.mock.calls.map(([, id]) => id)).toEqual(['one', 'two', 'three'])
  })
})
