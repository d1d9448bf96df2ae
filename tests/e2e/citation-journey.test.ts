/**
 * Copy link and Copy citation, from a paragraph's control and from a selection: the clipboard holds the
 * passage's elshi:// link, or its Chicago or APA citation with the paragraph number.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { selectPhraseScript } from '../support/select-phrase'
import { launchReader, type Reader } from './support/launch-reader'

const EDITION = 'diplomatic-service-at-30'
let reader: Reader
beforeAll(async () => {
  reader = await launchReader({ width: 1180, height: 820 }, 'light', { clipboard: true })
})
afterAll(async () => {
  await reader?.close()
})

const clipboard = (page: Page) => page.evaluate<string>('navigator.clipboard.readText()')
const select = (page: Page, id: string, phrase: string) => page.evaluate(selectPhraseScript(id, phrase))

describe('links and citations', () => {
  it('copies a paragraph’s link and its Chicago citation from the paragraph’s control', async () => {
    const { page } = reader
    await page.goto(`${reader.url}#/${EDITION}/nuclear`)
    await page.getByRole('heading', { level: 1, name: 'Nuclear disarmament' }).waitFor()
    await page.locator('#p_nuclear-2').hover()
    await page.getByRole('button', { name: /^Link and citation for paragraph 2: / }).click()
    const menu = page.getByRole('menu', { name: 'Link and citation' })
    await reader.screenshot('citation-01-paragraph-menu')
    await menu.getByRole('menuitem', { name: 'Copy link' }).click()
    await page.getByRole('status').filter({ hasText: 'Link copied.' }).waitFor()
    expect(await clipboard(page)).toBe('elshi://diplomatic-service-at-30/nuclear?p=nuclear-2')

    await page.locator('#p_nuclear-2').hover()
    await page.getByRole('button', { name: /^Link and citation for paragraph 2: / }).click()
    await menu.getByRole('menuitem', { name: 'Copy citation (Chicago)' }).click()
    await page.getByRole('status').filter({ hasText: 'Chicago citation copied.' }).waitFor()
    expect(await clipboard(page)).toMatch(
      /^Tileuberdi, Mukhtar\. “Nuclear disarmament\.” In 30th anniversary of diplomatic service of independent Kazakhstan, para\. 2\. Annotated edition \(Elshi\)\. Accessed [A-Z][a-z]+ \d{1,2}, \d{4}\. elshi:\/\/diplomatic-service-at-30\/nuclear\?p=nuclear-2\.$/
    )
  })

  it('cites a selection in APA, with the paragraph it starts in', async () => {
    const { page } = reader
    await page.goto(`${reader.url}#/${EDITION}/security`)
    await page
      .getByRole('heading', { level: 1, name: 'Security, the Security Council and EXPO 2017' })
      .waitFor()
    await select(page, 'security-3', 'non-permanent member')
    await page.getByRole('button', { name: 'Link & cite' }).click()
    const menu = page.getByRole('menu', { name: 'Link and citation' })
    await menu.getByRole('menuitem', { name: 'Copy citation (APA)' }).waitFor()
    await reader.screenshot('citation-02-selection-menu')
    await menu.getByRole('menuitem', { name: 'Copy citation (APA)' }).click()
    await page.getByRole('status').filter({ hasText: 'APA citation copied.' }).waitFor()
    expect(await clipboard(page)).toMatch(
      /^Tileuberdi, M\. \(n\.d\.\)\. Security, the Security Council and EXPO 2017\. In 30th anniversary of diplomatic service of independent Kazakhstan \(para\. 3\)\. Annotated edition \(Elshi\)\. Retrieved [A-Z][a-z]+ \d{1,2}, \d{4}, from elshi:\/\/diplomatic-service-at-30\/security\?p=security-3$/
    )
  })
})
