/**
 * Enter pressed right after the last keystroke, before that input's results are in, steps through
 * those results: not the previous input's, whose stops the late answer would then replace under the
 * reader's "n of m".
 */
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { stopsOf } from '../../src/renderer/src/composables/hitStops'
import { useSearchStore } from '../../src/renderer/src/stores/search'
import { realBridge } from '../support/real-bridge'

const EDITION = 'diplomatic-service-at-30'
afterEach(() => vi.unstubAllGlobals())

describe('stepping while an answer is on its way', () => {
  it('waits for the latest input’s hits, then steps through them', async () => {
    const api = realBridge()
    let release: () => void = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    vi.stubGlobal('elshi', {
      ...api,
      search: async (...args: Parameters<typeof api.search>) => {
        if (args[1] === 'Caspian') await held
        return api.search(...args)
      }
    })
    setActivePinia(createPinia())
    const search = useSearchStore()

    await search.setQuery(EDITION, 'nuclear', true)
    const earlier = search.stops[0]
    const typed = search.setQuery(EDITION, 'Caspian', true)
    const stepped = search.settled().then(() => search.step(1, null))
    release()
    await typed

    const expected = await api.search(EDITION, 'Caspian', { asTyped: false })
    if (!expected.ok) throw new Error(expected.error.code)
    const first = stopsOf(expected.value)[0]
    expect(first).toBeDefined()
    expect(first?.paragraphId).not.toBe(earlier?.paragraphId)
    expect((await stepped)?.paragraphId).toBe(first?.paragraphId)
    expect(search.current).toBe(0)
  })

  it('does not wait forever when the answer fails', async () => {
    const api = realBridge()
    vi.stubGlobal('elshi', { ...api, search: () => Promise.reject(new Error('the bridge is gone')) })
    setActivePinia(createPinia())
    const search = useSearchStore()
    await search.setQuery(EDITION, 'nuclear', true).catch(() => undefined)
    await expect(search.settled()).resolves.toBeUndefined()
    expect(search.step(1, null)).toBeNull()
  })
})
