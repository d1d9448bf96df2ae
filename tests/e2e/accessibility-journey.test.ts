/**
 * axe-core on every view and state, in light and in dark, at 1280 and at 420 CSS px wide: the title page
 * (with a damaged-data notice, then without), a chapter, a note open, the glossary, the timeline, search
 * results, stepping through hits, no results, bookmarks empty and full, the composer, an import report,
 * the settings panel and the shortcut sheet. The bar is 0 violations of any impact, and the run prints
 * what it checked.
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { selectPhraseScript } from '../support/select-phrase'
import { axeChecks, axeReport, runAxe, type AxeCheck } from './support/axe'
import { launchReader, type Reader } from './support/launch-reader'

const EDITION = 'diplomatic-service-at-30'
const WIDTHS = [1280, 420] as const
const SCHEMES = ['light', 'dark'] as const

afterAll(() => {
  console.log(axeReport())
  const states = new Set(axeChecks.map((check) => check.label.split(' · ')[0]))
  console.log(`axe states: ${[...states].join(', ')}`)
})

async function damagedProfile(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'elshi-a11y-'))
  await writeFile(join(dir, 'bookmarks.json'), '{"schemaVersion": 1, "data": {"bookmarks": [ {"id": "torn')
  return dir
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name }).waitFor()

describe.each(WIDTHS.flatMap((width) => SCHEMES.map((scheme) => [width, scheme] as const)))(
  'axe at %i px, %s',
  (width, scheme) => {
    it('finds no violation in any view or state', async () => {
      const reader: Reader = await launchReader({ width, height: 860 }, scheme, {
        userDataDir: await damagedProfile()
      })
      const { page } = reader
      // Every state is checked before the test fails, so one run lists every violation.
      const checked: AxeCheck[] = []
      const check = async (state: string): Promise<void> =>
        void checked.push(await runAxe(page, `${state} · ${scheme} · ${width}px`))
      try {
        await page.goto(`${reader.url}#/${EDITION}`)
        const notice = page.getByRole('region', { name: 'About your saved data' })
        await notice.waitFor()
        await check('damaged-data notice')
        await notice.getByRole('button', { name: 'Dismiss' }).click()
        await expect.poll(() => notice.count()).toBe(0)
        await check('title page')
        // The one polite region is there before anything is said in it.
        const announcer = page.locator('.live-announcer[role="status"]')
        expect(await announcer.count()).toBe(1)
        expect((await announcer.textContent())?.trim()).toBe('')

        await page.goto(`${reader.url}#/${EDITION}/security`)
        await heading(page, 'Security, the Security Council and EXPO 2017')
        await check('chapter')
        // The view's h1 is the first heading; the nav named "Editors' notes" holds only the notes' views;
        // paragraph controls are named after the passage; the text carries the edition's language.
        expect(await page.evaluate(`document.querySelector('h1, h2, h3, h4, h5, h6').tagName`)).toBe('H1')
        // (At 420 px the nav is folded into the Menu, so it is found by its label, shown or not.)
        for (const notesNav of await page.locator('nav[aria-label="Editors’ notes"]').all()) {
          expect(await notesNav.locator('a').allTextContents()).toEqual(['Glossary', 'Timeline'])
          expect(await notesNav.locator('[role="switch"]').count()).toBe(0)
        }
        expect(
          await page
            .locator('.paragraph-row')
            .first()
            .locator('.paragraph-bookmark')
            .first()
            .getAttribute('aria-label')
        ).toMatch(/^Bookmark paragraph 1: In addition to the efforts to…$/)
        expect(await page.locator('#p_security-1').getAttribute('lang')).toBe('en')
        expect(await page.locator('mark.bookmark-mark[tabindex="0"]').count()).toBe(0)
        await page.getByRole('button', { name: /\(CICA\)$/ }).click()
        await page.getByRole('dialog', { name: /Conference on Interaction/ }).waitFor()
        await check('note open')
        await page.keyboard.press('Escape')

        await page.goto(`${reader.url}#/${EDITION}/glossary`)
        await heading(page, 'Glossary')
        await check('glossary')
        await page.goto(`${reader.url}#/${EDITION}/timeline`)
        await heading(page, 'Timeline')
        await check('timeline')

        await page.goto(`${reader.url}#/${EDITION}/security`)
        await heading(page, 'Security, the Security Council and EXPO 2017')
        const box = page.getByRole('searchbox', { name: 'Search this edition' })
        await box.fill('nuclear')
        await page.locator('.search-results li').first().waitFor()
        await expect.poll(() => announcer.textContent()).toMatch(/^\s*Results: \d+ hits in \d+ passages/)
        expect(await box.getAttribute('aria-describedby')).toBe('search-position')
        await check('search results')
        await box.press('Enter')
        await expect.poll(() => page.locator('#search-position').textContent()).toMatch(/^\d+ of \d+/)
        await expect.poll(() => announcer.textContent()).toMatch(/^\s*\d+ of \d+\s*$/)
        await check('stepping through hits')
        await box.fill('nuclear -nuclear')
        await expect.poll(() => page.locator('.search-results').textContent()).toMatch(/Nothing found for/)
        await expect.poll(() => announcer.textContent()).toMatch(/Nothing found for “nuclear -nuclear”\./)
        // No hits, no "n of m": the box is described by nothing rather than by a missing element.
        expect(await box.getAttribute('aria-describedby')).toBeNull()
        await check('no results')
        await box.fill('')

        await page.goto(`${reader.url}#/${EDITION}/bookmarks`)
        await heading(page, 'Bookmarks')
        await page.getByText('No bookmarks yet.').waitFor()
        await check('bookmarks empty')

        await page.goto(`${reader.url}#/${EDITION}/nuclear`)
        await heading(page, 'Nuclear disarmament')
        await page.evaluate(
          selectPhraseScript('nuclear-1', 'voluntarily renouncing the fourth largest nuclear arsenal')
        )
        await page.getByRole('button', { name: 'Bookmark', exact: true }).click()
        const composer = page.getByRole('dialog', { name: 'New bookmark' })
        await composer.waitFor()
        await composer.getByLabel('Note (optional)').fill('Given up by choice.')
        await check('composer')
        await composer.getByRole('button', { name: 'Add bookmark' }).click()
        await composer.waitFor({ state: 'detached' })
        await check('chapter with a bookmark')

        await page.goto(`${reader.url}#/${EDITION}/bookmarks`)
        await heading(page, 'Bookmarks')
        await page.getByRole('list', { name: 'Bookmarks' }).getByRole('listitem').first().waitFor()
        await check('bookmarks full')
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: 'Export JSON (W3C)' }).click()
        ])
        await page.getByLabel('Import JSON…').setInputFiles(await download.path())
        await page.locator('.import-report').getByText('Added 0 bookmarks, skipped 1, rejected 0.').waitFor()
        await check('import report')

        reader.push('menuCommand', { command: 'settings' })
        const settings = page.getByRole('dialog', { name: /Reading settings/ })
        await settings.waitFor()
        await check('settings panel')
        await page.keyboard.press('Escape')
        await settings.waitFor({ state: 'hidden' })

        reader.push('menuCommand', { command: 'keyboard-shortcuts' })
        await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor()
        await check('shortcut sheet')
      } finally {
        await reader.close()
        for (const { label, rules, nodes, violations } of checked)
          console.log(
            `axe ${label}: ${rules} rules, ${nodes} nodes, ${violations.length} violations${violations.map((v) => `\n  ${v}`).join('')}`
          )
      }
      expect(checked.flatMap(({ label, violations }) => violations.map((v) => `${label}: ${v}`))).toEqual([])
      expect(checked).toHaveLength(16)
    })
  }
)
