/**
 * The smoke test of the packaged app (npm run test:electron): a real Electron, the real archive, the
 * real fuses. Not run by `npm test` and not runnable without an Electron binary: CI runs it on every
 * runner (under xvfb-run on Linux) after building the test variant of the package.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { listPackage } from '@electron/asar'
import { getConfig } from 'app-builder-lib/out/util/config/config'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fuseMismatches, fuseSettingsOf } from '../../scripts/package/fuses'
import { packagedResources } from '../../scripts/package/packaged-executable'
import { REQUEST_AUDIT_GLOBAL } from '../../src/main/packaging/test-build'
import { ROOT } from '../support/edition-paths'
import { selectPhraseScript } from '../support/select-phrase'
import { EXECUTABLE, launchPackaged, type Launched } from './launch-packaged'

const TITLE = /30th anniversary of diplomatic service/
const PASSAGE = 'voluntarily renouncing the fourth largest nuclear arsenal'

const requestAudit = (launched: Launched): Promise<unknown> =>
  launched.app.evaluate((_electron, name) => Reflect.get(globalThis, name), REQUEST_AUDIT_GLOBAL)

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name })

let userData: string
let first: Launched | null = null
let second: Launched | null = null

beforeAll(async () => {
  if (!existsSync(EXECUTABLE)) throw new Error(`${EXECUTABLE} is missing: run npm run build:test-app first`)
  userData = await mkdtemp(join(tmpdir(), 'elshi-smoke-'))
})
afterAll(async () => {
  await first?.app.close().catch(() => {})
  await second?.app.close().catch(() => {})
  await rm(userData, { recursive: true, force: true })
})

describe('the packaged app', () => {
  it('opens on the title page, from app://, with the sandboxed bridge and nothing else', async () => {
    first = await launchPackaged(userData)
    const { page } = first
    await heading(page, TITLE).waitFor()
    await first.screenshot('01-title-page')
    expect(page.url()).toMatch(/^app:\/\//)
    expect(
      await page.evaluate('[typeof window.elshi, typeof window.require, typeof window.process]')
    ).toEqual(['object', 'undefined', 'undefined'])
  })

  it('opens chapter 4, and search answers from the worker inside app.asar', async () => {
    const launched = first
    if (!launched) throw new Error('the app did not start')
    const { page, app } = launched
    await page
      .getByRole('navigation', { name: 'Table of contents' })
      .first()
      .getByRole('link', { name: 'Nuclear disarmament' })
      .click()
    await heading(page, 'Nuclear disarmament').waitFor()
    await launched.screenshot('02-chapter-4')

    const appPath = await app.evaluate(({ app: electronApp }) => electronApp.getAppPath())
    expect(appPath.endsWith('app.asar')).toBe(true)
    const resources = packagedResources(EXECUTABLE, process.platform)
    expect(listPackage(join(resources, 'app.asar'), { isPack: false })).toContain(
      join('/out/main/search-worker.js')
    )
    expect(existsSync(join(resources, 'app.asar.unpacked'))).toBe(false)
    expect(existsSync(join(resources, 'app'))).toBe(false)

    await page.getByRole('searchbox', { name: 'Search this edition' }).fill('Semipalatinsk')
    const results = page.getByRole('region', { name: 'Search results' })
    await results.getByRole('button').first().waitFor()
    expect(await results.locator('.result-chapter').first().textContent()).toMatch(/Nuclear disarmament/)
    await launched.screenshot('03-search')
  })

  it('bookmarks a passage and records the reading position', async () => {
    const launched = first
    if (!launched) throw new Error('the app did not start')
    const { page } = launched
    await page.getByRole('searchbox', { name: 'Search this edition' }).fill('')
    await page.evaluate(selectPhraseScript('nuclear-1', PASSAGE))
    await page.getByRole('button', { name: 'Bookmark', exact: true }).click()
    const composer = page.getByRole('dialog', { name: 'New bookmark' })
    await composer.getByRole('button', { name: 'Add bookmark' }).click()
    await composer.waitFor({ state: 'detached' })
    await expect.poll(() => page.locator('mark.bookmark-mark').allTextContents()).toEqual([PASSAGE])
    await page.locator('#p_nuclear-3').scrollIntoViewIfNeeded()
    await expect
      .poll(async () =>
        (await readFile(join(userData, 'reading-positions.json'), 'utf8').catch(() => '')).includes('nuclear')
      )
      .toBe(true)
    await launched.screenshot('04-bookmarked')
  })

  it('let no request leave the machine', async () => {
    const launched = first
    if (!launched) throw new Error('the app did not start')
    const audit = await requestAudit(launched)
    expect(audit).toMatchObject({ leftMachine: 0 })
    expect(Reflect.get(Object(audit), 'allowed')).toBeGreaterThan(0)
  })

  it('after quitting and relaunching, keeps the bookmark and returns to the reading position', async () => {
    await first?.app.close()
    first = null
    second = await launchPackaged(userData)
    const { page } = second
    await heading(page, 'Nuclear disarmament').waitFor()
    expect(page.url()).toMatch(/nuclear\?p=nuclear-\d+/)
    await expect.poll(() => page.locator('mark.bookmark-mark').allTextContents()).toEqual([PASSAGE])
    await second.screenshot('05-relaunched')
    expect(await requestAudit(second)).toMatchObject({ leftMachine: 0 })
  })

  it('carries the fuses its configuration sets', async () => {
    const expected = fuseSettingsOf(await getConfig(ROOT, join(ROOT, 'electron-builder.test.yml'), null))
    expect(await fuseMismatches(EXECUTABLE, expected)).toEqual([])
    expect(expected.runAsNode).toBe(false)
  })
})
