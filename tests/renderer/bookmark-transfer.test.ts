/** Export and import through the OS dialogs: afterwards a line names the file and its folder. */
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import BookmarkTransfer from '../../src/renderer/src/components/BookmarkTransfer.vue'
import type { SavedFile } from '../../src/shared/contract'
import { fail, ok, type Result } from '../../src/shared/result'
import { reason } from '../../src/shared/i18n/reasons'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'

const exportBookmarksToFile = vi.fn(async (): Promise<Result<SavedFile | null>> =>
  ok({ fileName: 'ed-bookmarks.md', folder: '/home/reader/Documents' })
)
const importBookmarksFromFile = vi.fn(async () =>
  ok({
    fileName: 'from-laptop.json',
    folder: '/home/reader/Downloads',
    report: {
      added: 0,
      skipped: [
        { index: 0, item: reason('item.numbered', { item: 1 }), reason: reason('item.existing', {}) }
      ],
      rejected: [],
      unlisted: { skipped: 0, rejected: 0 }
    }
  })
)

let router: Router

/** The bookmarks view's route, where the transfer section lives (it reads ?transfer= from the menu). */
async function bookmarksRoute(): Promise<Router> {
  const made = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:editionId/bookmarks', name: 'bookmarks', component: { template: '<div />' } }]
  })
  await made.push('/ed/bookmarks')
  return made
}

beforeEach(async () => {
  setActivePinia(createPinia())
  router = await bookmarksRoute()
  exportBookmarksToFile.mockClear()
  Object.defineProperty(window, 'elshi', {
    value: { exportBookmarksToFile, importBookmarksFromFile, onMenuCommand: () => () => undefined },
    configurable: true
  })
})

describe('bookmark transfer', () => {
  it('says which file the export went to, and where', async () => {
    const wrapper = mount(BookmarkTransfer, { props: { editionId: 'ed' }, global: { plugins: [router] } })
    await wrapper.get('button').trigger('click')
    await flushPromises()
    expect(exportBookmarksToFile).toHaveBeenCalledWith('ed', 'markdown')
    expect(wrapper.text()).toContain('Saved ed-bookmarks.md in /home/reader/Documents.')
  })

  it('says which file was imported, with the import report', async () => {
    const wrapper = mount(BookmarkTransfer, { props: { editionId: 'ed' }, global: { plugins: [router] } })
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Import JSON…')!
      .trigger('click')
    await flushPromises()
    expect(wrapper.text()).toContain('Imported from from-laptop.json in /home/reader/Downloads.')
    expect(wrapper.text()).toContain('Item 1 skipped: it is already among your bookmarks')
  })

  it('says nothing was saved when the dialog is cancelled, and shows main’s error in plain words', async () => {
    exportBookmarksToFile.mockResolvedValueOnce(ok(null))
    const wrapper = mount(BookmarkTransfer, { props: { editionId: 'ed' }, global: { plugins: [router] } })
    await wrapper.get('button').trigger('click')
    await flushPromises()
    expect(wrapper.text()).not.toContain('Saved')
    exportBookmarksToFile.mockResolvedValueOnce(
      fail('write-failed', reason('file.notWritten', { name: 'ed-bookmarks.md', folder: '/ro' }))
    )
    await wrapper.get('button').trigger('click')
    await flushPromises()
    expect(wrapper.get('.notice.error').text()).toBe('ed-bookmarks.md could not be written in /ro.')
  })
})
