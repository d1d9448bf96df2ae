/**
 * The saved-data notices are heard through the app's assertive region, each once, when it is added; the
 * section that shows them is not a live region of its own (inserted with its words, it would often not
 * be read, and if it were, the notice would be read twice).
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import LiveAnnouncer from '../../src/renderer/src/components/LiveAnnouncer.vue'
import StartupNotices from '../../src/renderer/src/components/StartupNotices.vue'
import { useDataNoticesStore } from '../../src/renderer/src/stores/dataNotices'
import { realBridge } from '../support/real-bridge'
import { listen, otherLiveRegions, type Heard } from './support/announcer'

let heard: Heard
beforeEach(() => {
  setActivePinia(createPinia())
  const dir = mkdtempSync(join(tmpdir(), 'elshi-damaged-'))
  writeFileSync(join(dir, 'bookmarks.json'), '{"schemaVersion": 1, "data": {"bookmarks": [ {"id": "torn')
  // No desktop behind this bridge: "Show in folder" fails, in words.
  vi.stubGlobal('elshi', realBridge(dir))
  heard = listen()
})
afterEach(() => {
  heard.stop()
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

async function mountNotices(): Promise<string> {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/', component: { template: '<div />' } }]
  })
  await router.push('/')
  mount(LiveAnnouncer, { attachTo: document.body })
  mount(StartupNotices, { global: { plugins: [router] }, attachTo: document.body })
  await vi.waitFor(async () => {
    await flushPromises()
    expect(shownNotices()).toHaveLength(1)
  })
  return shownNotices()[0]!
}

const shownNotices = (): string[] =>
  [...document.querySelectorAll('.startup-notice p')].map((p) => p.textContent?.trim() ?? '')

describe('the saved-data notices', () => {
  it('are said once, assertively, by the announcer; the section is not a live region', async () => {
    const damaged = await mountNotices()
    expect(damaged).toContain('bookmarks.json could not be used')
    await heard.until('alert', damaged)
    const section = document.querySelector('.startup-notices')!
    expect(section.getAttribute('aria-label')).toBe('About your saved data')
    expect(section.hasAttribute('role')).toBe(false)
    expect(otherLiveRegions()).toEqual([])
    expect(heard.polite).toEqual([])
  })

  it('says a notice added later on its own, not the ones already heard', async () => {
    const damaged = await mountNotices()
    await heard.until('alert', damaged)
    const later = 'Your reading position could not be saved.'
    useDataNoticesStore().tell({ key: 'later', text: () => later, reveal: null })
    await heard.until('alert', damaged, later)
    expect(shownNotices()).toEqual([damaged, later])
  })

  it('says why "Show in folder" failed, each time it fails', async () => {
    const damaged = await mountNotices()
    await heard.until('alert', damaged)
    const show = [...document.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Show in folder'
    )!
    show.click()
    await vi.waitFor(async () => {
      await flushPromises()
      expect(document.querySelector('.startup-notices .notice.error')).not.toBeNull()
    })
    const problem = document.querySelector('.startup-notices .notice.error')!.textContent!.trim()
    await heard.until('alert', damaged, problem)
    show.click()
    await heard.until('alert', damaged, problem, problem)
    expect(otherLiveRegions()).toEqual([])
  })
})
