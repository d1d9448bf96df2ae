/**
 * The settings store against answers and pushes that arrive in any order: it keeps the state main kept
 * last (by main's revision), never puts an older one back, and while its own changes are on their way
 * shows them rather than anything main sent before it had them. Every value the text size takes is
 * recorded, so a jump back that lasts only until the next message is caught too.
 */
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { watch } from 'vue'
import { useSettingsStore } from '../../src/renderer/src/stores/settings'
import { fakeSettingsMain, type FakeSettingsMain } from './support/fake-settings-main'

let main: FakeSettingsMain
let sizes: number[] = []

async function openPage() {
  main = fakeSettingsMain()
  vi.stubGlobal('elshi', main.api)
  setActivePinia(createPinia())
  const store = useSettingsStore()
  await store.load()
  sizes = []
  watch(
    () => store.settings.reading.textSize,
    (size) => sizes.push(size),
    { flush: 'sync' }
  )
  return store
}

beforeEach(() => localStorage.clear())
afterEach(() => vi.unstubAllGlobals())

describe('settings answers and pushes out of order', () => {
  it('keeps the newest text size when the push of an older one arrives after the last answer', async () => {
    const store = await openPage()
    expect(store.settings.reading.textSize).toBe(18)
    // → twice quickly: 18 → 20 → 22.
    const first = store.updateReading({ textSize: 20 })
    const second = store.updateReading({ textSize: 22 })
    await main.answer(0)
    await main.answer(1)
    expect(await Promise.all([first, second])).toEqual([true, true])
    expect(store.settings.reading.textSize).toBe(22)
    const [older, newer] = [main.kept().revision - 1, main.kept().revision]
    await main.push(older)
    expect(store.settings.reading.textSize).toBe(22)
    await main.push(newer)
    expect(store.settings.reading.textSize).toBe(22)
    expect(sizes).toEqual([20, 22])
  })

  it('keeps the newest when every message comes late and backwards', async () => {
    const store = await openPage()
    const changes = [store.updateReading({ textSize: 20 }), store.updateReading({ textSize: 22 })]
    const newest = main.kept().revision
    await main.push(newest)
    await main.answer(1)
    await main.answer(0)
    await main.push(newest - 1)
    await Promise.all(changes)
    expect(store.settings.reading.textSize).toBe(22)
    expect(sizes).toEqual([20, 22])
  })

  it('shows its own latest change while it is on its way, whatever older state main sends meanwhile', async () => {
    const store = await openPage()
    const first = store.updateReading({ textSize: 20 })
    const second = store.updateReading({ textSize: 22 })
    await main.answer(0)
    await main.push(main.kept().revision - 1)
    expect(store.settings.reading.textSize).toBe(22)
    await main.answer(1)
    await Promise.all([first, second])
    expect(store.settings.reading.textSize).toBe(22)
    expect(sizes).toEqual([20, 22])
  })

  it('shows a change made elsewhere whose push came while its own change was on its way', async () => {
    const store = await openPage()
    const change = store.updateReading({ textSize: 20 })
    const mine = main.kept().revision
    // The menu zooms in after main kept this page's change; both pushes beat the answer here.
    const menu = main.changeElsewhere({ zoomLevel: 1 })
    await main.push(mine)
    await main.push(menu.revision)
    expect(store.settings.zoomLevel).toBe(0)
    await main.answer(0)
    await change
    // The answer is older than the menu's push: the page shows what main kept last, which has both.
    expect(store.settings).toEqual(menu.settings)
    expect(store.settings.reading.textSize).toBe(20)
  })

  it('takes back a refused change, though main’s state is the very one the page already holds', async () => {
    const store = await openPage()
    const held = main.kept()
    main.refuseChanges()
    const change = store.updateReading({ textSize: 22 })
    expect(store.settings.reading.textSize).toBe(22)
    await main.answer(0)
    expect(await change).toBe(false)
    expect(main.kept()).toBe(held)
    expect(store.settings).toEqual(held.settings)
    expect(store.error).toContain('The setting could not be saved')
    expect(sizes).toEqual([22, 18])
  })
})
