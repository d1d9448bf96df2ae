/**
 * A 5 MB paragraph in the reader: the query's answer, the marks in the text and the results list stay
 * bounded, so the page the reader has open is never asked to render a million highlights (the first
 * version sent 33 MB of ranges and froze the page for minutes). The real main-process services answer,
 * over the fake IPC pair, from the pathological edition compiled as the app would compile it.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import { pathologicalEdition } from '../../bench/pathological'
import { writeCompiledEdition } from '../../scripts/content/build-editions'
import { readManifest } from '../../scripts/content/compile-edition'
import { summaryOf } from '../../scripts/content/manifest'
import { MAX_RANGES } from '../../src/main/search/match-ranges'
import App from '../../src/renderer/src/App.vue'
import { createElshiRouter } from '../../src/renderer/src/router'
import type { ElshiApi } from '../../src/shared/contract'
import { realBridge } from '../support/real-bridge'

let root = ''
let chapterId = ''
let wrapper: VueWrapper | null = null

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'elshi-huge-'))
  const compiled = await pathologicalEdition('huge-paragraph', join(root, 'sources'))
  await writeCompiledEdition(join(root, 'out/huge-paragraph'), compiled)
  const manifest = await readManifest(join(root, 'sources/huge-paragraph'))
  await writeFile(join(root, 'out/catalog.json'), JSON.stringify([summaryOf(manifest)]))
  chapterId = compiled.edition.chapters[0]!.id
}, 120_000)

afterAll(async () => {
  wrapper?.unmount()
  vi.unstubAllGlobals()
  await rm(root, { recursive: true, force: true })
})

/** The real bridge, keeping the size of every search answer the page receives. */
function measuredBridge(): { api: ElshiApi; answers: { method: string; bytes: number }[] } {
  const api = realBridge(undefined, join(root, 'out'))
  const answers: { method: string; bytes: number }[] = []
  const measured: ElshiApi = {
    ...api,
    search: async (...args) => {
      const result = await api.search(...args)
      answers.push({ method: 'search', bytes: JSON.stringify(result).length })
      return result
    },
    searchHighlights: async (...args) => {
      const result = await api.searchHighlights(...args)
      answers.push({ method: 'searchHighlights', bytes: JSON.stringify(result).length })
      return result
    }
  }
  return { api: measured, answers }
}

async function until(check: () => boolean, what: string): Promise<void> {
  await vi.waitFor(
    async () => {
      await flushPromises()
      if (!check()) throw new Error(`${what} not yet`)
    },
    { timeout: 60_000, interval: 50 }
  )
}

describe('a 5 MB paragraph in the reader', () => {
  it('answers a word standing 35,000 times in it with a windowed snippet and bounded marks', async () => {
    const { api, answers } = measuredBridge()
    vi.stubGlobal('elshi', api)
    Element.prototype.scrollIntoView = vi.fn()
    const pinia = createPinia()
    setActivePinia(pinia)
    const router = createElshiRouter(createMemoryHistory())
    await router.push(`/huge-paragraph/${chapterId}`)
    wrapper = mount(App, { global: { plugins: [pinia, router] }, attachTo: document.body })
    const app = wrapper
    await until(() => app.find('p.paragraph').exists(), 'the chapter')

    await app.find('input[type="search"]').setValue('treaty')
    await until(() => app.find('.result-hit').exists(), 'the results')
    await until(() => app.findAll('p.paragraph mark.search-hit').length > 0, 'the marks')

    // The results list: one passage, its snippet a window of words, not the paragraph.
    expect(app.findAll('.result-hit')).toHaveLength(1)
    expect(app.find('.result-hit').text().length).toBeLessThan(400)
    expect(app.find('.result-hit mark').text()).toBe('treaty')
    // The text: at most MAX_RANGES marks (those of its first MAX_SCANNED_CHARS), and the count of hits
    // says as many, so every stop of "n of m" is a mark.
    const marks = app.findAll('p.paragraph mark.search-hit')
    expect(marks.length).toBeGreaterThan(100)
    expect(marks.length).toBeLessThanOrEqual(MAX_RANGES)
    expect(app.find('.search-results .count').text()).toContain(`${marks.length} hits in 1 passage`)
    // What crossed the bridge for this keystroke: kilobytes, not megabytes.
    expect(answers.map((answer) => answer.method)).toEqual(
      expect.arrayContaining(['search', 'searchHighlights'])
    )
    for (const answer of answers) expect(answer.bytes, answer.method).toBeLessThan(64 * 1024)
  }, 180_000)
})
