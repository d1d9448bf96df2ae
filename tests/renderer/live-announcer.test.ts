/**
 * The app's two live regions: both in the DOM before any text, polite for what happened and assertive
 * for errors, and the only places a status or an error is spoken (the transfer's visible lines are not
 * live regions too, so nothing is heard twice).
 */
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import BookmarkTransfer from '../../src/renderer/src/components/BookmarkTransfer.vue'
import LiveAnnouncer from '../../src/renderer/src/components/LiveAnnouncer.vue'
import { announce, announceError, useAnnounced } from '../../src/renderer/src/composables/useAnnouncer'
import { setInterfaceLocale, t } from '../../src/renderer/src/i18n'
import { reason } from '../../src/shared/i18n/reasons'
import { fail, ok } from '../../src/shared/result'

const politeRegion = (): HTMLElement => document.querySelector<HTMLElement>('.live-announcer')!
const alertRegion = (): HTMLElement => document.querySelector<HTMLElement>('.live-alert')!

beforeEach(() => {
  vi.useFakeTimers()
  setActivePinia(createPinia())
})
afterEach(() => {
  vi.runAllTimers()
  vi.useRealTimers()
  setInterfaceLocale('en')
  document.body.innerHTML = ''
})

describe('the live announcer', () => {
  it('has both regions, empty, before anything is said, and fills them only after', async () => {
    mount(LiveAnnouncer, { attachTo: document.body })
    expect(politeRegion().getAttribute('role')).toBe('status')
    expect(politeRegion().getAttribute('aria-live')).toBe('polite')
    expect(alertRegion().getAttribute('role')).toBe('alert')
    expect(alertRegion().getAttribute('aria-live')).toBe('assertive')
    expect(politeRegion().textContent?.trim()).toBe('')
    expect(alertRegion().textContent?.trim()).toBe('')

    const polite = politeRegion()
    announce('Bookmark saved.')
    announceError('Bookmarks could not be saved.')
    vi.runAllTimers()
    await flushPromises()
    // The same nodes, now holding the words: a region that existed before its text changed.
    expect(politeRegion()).toBe(polite)
    expect(polite.textContent?.trim()).toBe('Bookmark saved.')
    expect(alertRegion().textContent?.trim()).toBe('Bookmarks could not be saved.')
  })

  it('says the same message again by emptying the region first', async () => {
    mount(LiveAnnouncer, { attachTo: document.body })
    announce('Link copied.')
    vi.runAllTimers()
    await flushPromises()
    announce('Link copied.')
    await flushPromises()
    expect(politeRegion().textContent?.trim()).toBe('')
    vi.runAllTimers()
    await flushPromises()
    expect(politeRegion().textContent?.trim()).toBe('Link copied.')
  })

  it('speaks an import result politely and an export error assertively, with no second live region', async () => {
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [{ path: '/:editionId/bookmarks', component: { template: '<div />' } }]
    })
    await router.push('/ed/bookmarks')
    Object.defineProperty(window, 'elshi', {
      value: {
        exportBookmarksToFile: vi.fn(async () =>
          fail('write-failed', reason('file.notWritten', { name: 'ed-bookmarks.md', folder: '/ro' }))
        ),
        importBookmarksFromFile: vi.fn(async () =>
          ok({
            fileName: 'from-laptop.json',
            folder: '/home/reader/Downloads',
            report: { added: 2, skipped: [], rejected: [], unlisted: { skipped: 0, rejected: 0 } }
          })
        ),
        onMenuCommand: () => () => undefined
      },
      configurable: true
    })
    mount(LiveAnnouncer, { attachTo: document.body })
    const transfer = mount(BookmarkTransfer, {
      props: { editionId: 'ed' },
      global: { plugins: [router] },
      attachTo: document.body
    })
    await transfer
      .findAll('button')
      .find((b) => b.text() === 'Import JSON…')!
      .trigger('click')
    await flushPromises()
    vi.runAllTimers()
    await flushPromises()
    expect(politeRegion().textContent?.trim()).toBe(
      'Imported from from-laptop.json in /home/reader/Downloads. Added 2 bookmarks, skipped 0, rejected 0.'
    )
    await transfer.get('button').trigger('click')
    await flushPromises()
    vi.runAllTimers()
    await flushPromises()
    expect(alertRegion().textContent?.trim()).toBe('ed-bookmarks.md could not be written in /ro.')
    expect(transfer.get('.notice.error').text()).toBe('ed-bookmarks.md could not be written in /ro.')
    // The announcer's two regions are the page's only live regions.
    expect(document.querySelectorAll('[role="status"], [role="alert"], [aria-live]')).toHaveLength(2)
  })

  it('says a line again when its words change, not when only the interface language does', async () => {
    const saved = ref(false)
    // A line put into words where it is shown, as the update line and the shell notice are.
    const Line = defineComponent({
      setup() {
        useAnnounced(() => (saved.value ? t('common.savedIn', { file: 'a.md', folder: '/d' }) : null))
        return () => h('p')
      }
    })
    mount(LiveAnnouncer, { attachTo: document.body })
    mount(Line, { attachTo: document.body })
    const heard = async (): Promise<string> => {
      await flushPromises()
      vi.runAllTimers()
      await flushPromises()
      return politeRegion().textContent?.trim() ?? ''
    }
    saved.value = true
    expect(await heard()).toBe('Saved a.md in /d.')
    announce('')
    setInterfaceLocale('ru')
    expect(await heard()).toBe('')
    // Gone and back: news again, in the language now chosen.
    saved.value = false
    await flushPromises()
    saved.value = true
    expect(await heard()).toBe(t('common.savedIn', { file: 'a.md', folder: '/d' }))
    expect(politeRegion().textContent).not.toContain('Saved')
  })
})
