/**
 * The reading position is debounced while scrolling, but never left to a timer when the reader goes:
 * the page hiding (the window closing or minimized) or leaving the chapter saves it at once. Timers are
 * fake here, so the debounce can never fire on its own: only a flush can put the position on disk. The
 * waits poll on a real timer, because vi.waitFor advances fake timers (which would fire the debounce).
 */
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { mkdtempSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import App from '../../src/renderer/src/App.vue'
import { createElshiRouter } from '../../src/renderer/src/router'
import { readingPositionsFile } from '../../src/main/bookmarks/bookmark-file'
import { decodeFile } from '../../src/main/storage/file-envelope'
import type { ReadingPosition } from '../../src/shared/bookmarks/schema'
import { realBridgeWithData } from '../support/real-bridge'

const EDITION = 'diplomatic-service-at-30'
const realSetTimeout = globalThis.setTimeout
let dataDir = ''
let mounted: VueWrapper | null = null

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'elshi-user-data-'))
  vi.stubGlobal('elshi', realBridgeWithData(dataDir).api)
  Element.prototype.scrollIntoView = vi.fn()
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
})
afterEach(() => {
  mounted?.unmount()
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

/** What a restart would read back from the data folder (read, never loaded: loading sweeps temp files). */
async function positionOnDisk(): Promise<ReadingPosition | null> {
  const text = await readFile(join(dataDir, readingPositionsFile.name), 'utf8').catch(() => null)
  if (text === null) return null
  const decoded = decodeFile(readingPositionsFile, text)
  return decoded.ok ? (decoded.data.positions.find((p) => p.editionId === EDITION) ?? null) : null
}

async function poll<T>(check: () => Promise<T | null>, what: string): Promise<T> {
  for (let attempt = 0; attempt < 150; attempt++) {
    await flushPromises()
    const found = await check()
    if (found !== null) return found
    await new Promise((resolve) => realSetTimeout(resolve, 20))
  }
  throw new Error(`still waiting for ${what}`)
}

const untilOnDisk = (): Promise<ReadingPosition> => poll(positionOnDisk, 'the reading position on disk')

async function readChapter(): Promise<VueWrapper> {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createElshiRouter(createMemoryHistory())
  await router.push(`/${EDITION}/nuclear`)
  const app = mount(App, { global: { plugins: [pinia, router] }, attachTo: document.body })
  mounted = app
  await poll(async () => (app.find('h1').exists() ? true : null), 'the chapter')
  document.dispatchEvent(new Event('scroll'))
  expect(await positionOnDisk()).toBeNull()
  return app
}

describe('the reading position', () => {
  it('is saved when the page hides within the debounce of the last scroll', async () => {
    await readChapter()
    window.dispatchEvent(new Event('pagehide'))
    expect(await untilOnDisk()).toMatchObject({ editionId: EDITION, chapterId: 'nuclear' })
  })

  it('is saved when the window is hidden', async () => {
    await readChapter()
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
    document.dispatchEvent(new Event('visibilitychange'))
    expect(await untilOnDisk()).toMatchObject({ editionId: EDITION, chapterId: 'nuclear' })
  })

  it('is saved when the reader leaves the chapter', async () => {
    await readChapter()
    mounted?.unmount()
    mounted = null
    expect(await untilOnDisk()).toMatchObject({ editionId: EDITION, chapterId: 'nuclear' })
  })
})
