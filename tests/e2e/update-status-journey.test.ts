/**
 * Help → Check for Updates… in the built renderer: the menu's push reaches the update line, which asks
 * main and shows the answer in one line. Here main is the harness (no installed build, no updater), so
 * the answer is that updates are checked only in installed builds; nothing touches the network.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchReader, type Reader } from './support/launch-reader'

let reader: Reader
beforeAll(async () => {
  reader = await launchReader()
})
afterAll(async () => {
  await reader?.close()
})

describe('the update line in the built renderer', () => {
  it('stays hidden at start, answers the Help menu in one line, and can be dismissed', async () => {
    const { page } = reader
    await page.goto(`${reader.url}#/diplomatic-service-at-30/nuclear`)
    await page.getByRole('heading', { level: 1, name: 'Nuclear disarmament' }).waitFor()
    // A plain line (it is heard through the announcer, see the live-regions journey).
    const line = page.locator('.update-status').filter({ hasText: 'Updates are checked' })
    expect(await page.locator('.update-status').count()).toBe(0)

    reader.push('menuCommand', { command: 'check-updates' })
    await line.waitFor()
    expect(await line.textContent()).toContain('Updates are checked only in installed builds of Elshi.')
    await reader.screenshot('updates-01-status-line')
    await line.getByRole('button', { name: 'Dismiss' }).click()
    await line.waitFor({ state: 'detached' })
  })
})
