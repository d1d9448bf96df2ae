/**
 * Launches the packaged smoke-test build (npm run build:test-app → dist-test/) with Playwright's
 * _electron, with its own user-data folder. Needs a real Electron: it runs on the release runners
 * and on a developer's machine, never in `npm test`.
 */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { _electron, type ElectronApplication, type Page } from 'playwright-core'
import { packagedExecutable } from '../../scripts/package/packaged-executable'
import { ROOT } from '../support/edition-paths'

export const EXECUTABLE = packagedExecutable(join(ROOT, 'dist-test'), process.platform, process.arch)
const SCREENSHOTS = join(ROOT, 'test-results/electron')

export interface Launched {
  readonly app: ElectronApplication
  readonly page: Page
  screenshot(name: string): Promise<void>
}

export async function launchPackaged(userData: string): Promise<Launched> {
  const app = await _electron.launch({
    executablePath: EXECUTABLE,
    env: { ...process.env, ELSHI_USER_DATA: userData },
    timeout: 60_000
  })
  const page = await app.firstWindow()
  await page.waitForLoadState('domcontentloaded')
  await mkdir(SCREENSHOTS, { recursive: true })
  return {
    app,
    page,
    screenshot: async (name) => void (await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) }))
  }
}
