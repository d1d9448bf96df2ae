/**
 * An edition's ids cannot take the app's own element ids: paragraphs named "search-input", "app" or
 * "annotation-hint" and notes named "title", "a" and "a-text" leave every element findable as before,
 * and deep links keep the plain paragraph id.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { buildEditions } from '../../scripts/content/build-editions'
import { copyEdition } from '../support/fixture-edition'
import { ROOT } from '../support/edition-paths'
import { realBridge } from '../support/real-bridge'
import { mountApp, rootOf, until, type MountedApp } from './support/mount-app'
import { fakeSaveTimers, runSaveTimers } from './support/save-timers'

let compiled = ''
let mounted: MountedApp | null = null

beforeAll(async () => {
  const source = await copyEdition(join(ROOT, 'tests/fixtures/editions/clashing-ids'), 'clashing-ids')
  compiled = await mkdtemp(join(tmpdir(), 'elshi-compiled-'))
  await buildEditions(dirname(source), compiled)
})
beforeEach(() => {
  vi.stubGlobal('elshi', realBridge(undefined, compiled))
  Element.prototype.scrollIntoView = vi.fn()
  fakeSaveTimers()
})
afterEach(() => {
  runSaveTimers()
  mounted?.app.unmount()
  vi.unstubAllGlobals()
})

const byId = (id: string): HTMLElement | null => document.getElementById(id)

describe('an edition whose ids are the app’s own', () => {
  it('opens ?p=search-input at that paragraph and leaves the search box its id', async () => {
    mounted = await mountApp('/clashing-ids/opening?p=search-input', () => byId('p_search-input') !== null)
    await until(() => document.activeElement === byId('p_search-input'), 'the paragraph to take focus')
    expect(byId('p_search-input')?.textContent).toBe('The paragraph named like the search box.')
    expect(byId('search-input')).toBeInstanceOf(HTMLInputElement)
    expect(byId('annotation-hint')?.textContent).toMatch(/^Has an editors’ note/)
    expect(byId('p_annotation-hint')?.dataset['paragraphId']).toBe('annotation-hint')
  })

  it('points each open note’s mark at that note’s own text', async () => {
    mounted = await mountApp('/clashing-ids/opening?p=search-input&note=a', () => byId('note_a') !== null)
    const mark = rootOf(mounted.app).querySelector('[data-annotation-id="a"][role="button"]')
    expect(byId(mark?.getAttribute('aria-describedby') ?? '')?.textContent).toBe('The text of note a.')
    expect(byId(mark?.getAttribute('aria-controls') ?? '')?.getAttribute('role')).toBe('dialog')
  })

  it('keeps the glossary’s heading apart from a note called "title"', async () => {
    mounted = await mountApp('/clashing-ids/glossary', () => byId('glossary_title') !== null)
    expect(byId('glossary-title')?.textContent).toBe('Glossary')
    expect(byId('glossary_title')?.textContent).toContain('A note called title')
  })
})
