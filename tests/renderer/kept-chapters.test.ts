/**
 * Chapters already opened stay mounted: coming back to one shows the very same DOM at once, with no
 * "Opening the chapter…" on the way; a chapter kept aside does not answer the keys meant for the one in
 * view; and a chapter that takes a while to arrive shows the spinner only after 150 ms.
 */
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { createMemoryHistory, type Router } from 'vue-router'
import App from '../../src/renderer/src/App.vue'
import { createElshiRouter } from '../../src/renderer/src/router'
import type { ElshiApi } from '../../src/shared/contract'
import { realBridge } from '../support/real-bridge'
import { listen, otherLiveRegions, type Heard } from './support/announcer'
import { until } from './support/mount-app'

const EDITION = 'diplomatic-service-at-30'
let wrapper: VueWrapper | null = null
let seen: string[] = []
let observer: MutationObserver | null = null
let listening: Heard | null = null

beforeEach(() => {
  Element.prototype.scrollIntoView = vi.fn()
  // Every text the page ever shows, so a flash of "Opening…" between two renders is caught too.
  seen = []
  observer = new MutationObserver(() => seen.push(document.body.textContent ?? ''))
  observer.observe(document.body, { childList: true, subtree: true, characterData: true })
})
afterEach(() => {
  listening?.stop()
  listening = null
  observer?.disconnect()
  wrapper?.unmount()
  wrapper = null
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

async function open(path: string, api: ElshiApi): Promise<Router> {
  vi.stubGlobal('elshi', api)
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createElshiRouter(createMemoryHistory())
  await router.push(path)
  wrapper = mount(App, { global: { plugins: [pinia, router] }, attachTo: document.body })
  await until(() => document.querySelector('h1') !== null, path)
  return router
}

const heading = (): string => document.querySelector('h1')?.textContent ?? ''
const keyOnPage = (key: string): void =>
  void document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }))

describe('chapters already opened', () => {
  it('stay mounted: the same DOM comes back at once, never "Opening…"', async () => {
    const router = await open(`/${EDITION}/nuclear`, realBridge())
    const paragraph = document.getElementById('p_nuclear-1')
    expect(paragraph).not.toBeNull()

    await router.push(`/${EDITION}/security`)
    await until(() => heading() === 'Security, the Security Council and EXPO 2017', 'the next chapter')
    // The chapter kept aside is out of the document: its ids never clash with the one in view.
    expect(document.getElementById('p_nuclear-1')).toBeNull()
    expect(document.querySelectorAll('article.chapter')).toHaveLength(1)

    // Only the way back is watched: a chapter opened for the first time may rightly show the spinner,
    // when fetching it takes over 150 ms (a loaded machine), and that case has its own test below.
    seen = []
    await router.back()
    await until(() => heading() === 'Nuclear disarmament', 'the chapter again')
    expect(document.getElementById('p_nuclear-1')).toBe(paragraph)
    expect(document.title).toMatch(/^Nuclear disarmament — .+ — Elshi$/)
    expect(seen.some((text) => text.includes('Opening'))).toBe(false)
  })

  it('kept aside, do not answer the keys meant for the chapter in view', async () => {
    const router = await open(`/${EDITION}/nuclear`, realBridge())
    keyOnPage('ArrowRight')
    await until(() => heading().startsWith('Security'), 'the next chapter by →')
    keyOnPage('ArrowLeft')
    await until(() => heading() === 'Nuclear disarmament', 'the previous chapter by ←')
    // Both views are alive now; only the one in view turns the page, once.
    keyOnPage('ArrowRight')
    await until(() => heading().startsWith('Security'), 'the next chapter again')
    await flushPromises()
    expect(router.currentRoute.value.params['chapterId']).toBe('security')
  })
})

describe('a chapter that takes a while to arrive', () => {
  it('shows the spinner only after 150 ms, and never once it has arrived', async () => {
    const api = realBridge()
    let release: () => void = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    const router = await open(`/${EDITION}/founding`, {
      ...api,
      getChapter: async (editionId, chapterId) => {
        if (chapterId === 'security') await held
        return api.getChapter(editionId, chapterId)
      }
    })
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const heard = (listening = listen())
    void router.push(`/${EDITION}/security`)
    await flushPromises()
    const spinner = (): Element | null => document.querySelector('.notice .spinner')
    expect(spinner()).toBeNull()
    vi.advanceTimersByTime(149)
    await nextTick()
    expect(spinner()).toBeNull()
    expect(document.body.textContent).not.toContain('Opening the chapter')
    vi.advanceTimersByTime(1)
    await nextTick()
    expect(spinner()).not.toBeNull()
    expect(spinner()?.parentElement?.textContent).toContain('Opening the chapter…')
    // Heard through the app's polite region, a beat later; the spinner's line is no live region.
    expect(otherLiveRegions()).toEqual([])
    vi.advanceTimersByTime(200)
    await nextTick()
    expect(heard.polite).toEqual(['Opening the chapter…'])

    release()
    vi.useRealTimers()
    await until(() => heading().startsWith('Security'), 'the chapter once it arrives')
    expect(spinner()).toBeNull()
    expect(heard.polite.filter((said) => said.startsWith('Opening'))).toHaveLength(1)
  })
})
