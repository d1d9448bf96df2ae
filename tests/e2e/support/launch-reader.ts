/**
 * The built renderer in headless Chromium, served by the harness (`npm run harness`, scripts/harness):
 * `window.elshi` is backed by the real main-process services through the same validation the IPC
 * handlers use. Only Electron itself is missing. Each launch gets its own user-data folder (bookmarks,
 * reading positions, settings) unless it is given one, so a journey can reopen the same profile or start
 * a fresh one.
 */
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { startHarness } from '../../../scripts/harness/harness-server'
import type { Desktop } from '../../../src/main/user-data/desktop'
import type { ContractEvent, EventPayload } from '../../../src/shared/contract'
import { COMPILED_EDITIONS, ROOT } from '../../support/edition-paths'

export const SCREENSHOTS = join(ROOT, 'test-results/screenshots')
export const RENDERER_DIR = join(ROOT, 'out/renderer')
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'

export interface Reader {
  readonly page: Page
  readonly url: string
  /** The folder holding this launch's bookmarks, reading positions and settings. */
  readonly userDataDir: string
  /** Sends a push from "main" to the page (a menu command, a deep link), through the harness. */
  push<E extends ContractEvent>(event: E, payload: EventPayload<E>): void
  screenshot(name: string): Promise<void>
  close(): Promise<void>
}

/**
 * Headless Chromium with a fresh profile, so no state leaks between journeys. `deviceScaleFactor` 2 with
 * half the window's size in CSS px is what Chromium's page zoom of 200 % gives the layout (a 1180×820
 * window at zoom 2: a 590×410 CSS viewport, devicePixelRatio 2).
 */
export async function launchChromium(
  viewport = { width: 1280, height: 860 },
  colorScheme: 'light' | 'dark' = 'light',
  deviceScaleFactor = 1,
  locale = 'en-US'
): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`)
  const profile = await mkdtemp(join(tmpdir(), 'elshi-chromium-'))
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    viewport,
    colorScheme,
    deviceScaleFactor,
    // The browser's language (navigator.languages): English unless a journey asks for another, so
    // the journeys read the same interface whatever the machine's own locale is.
    locale,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  })
}

/** Collects what the page reports as errors, so a journey fails on any of them. */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  return errors
}

export async function launchReader(
  viewport = { width: 1280, height: 860 },
  colorScheme: 'light' | 'dark' = 'light',
  options: {
    userDataDir?: string
    desktop?: Desktop
    deviceScaleFactor?: number
    locale?: string
    /** Let the page read and write the clipboard (Copy link, Copy citation), as Electron lets the app. */
    clipboard?: boolean
  } = {}
): Promise<Reader> {
  if (!existsSync(join(RENDERER_DIR, 'index.html')))
    throw new Error('No built renderer: run "npm run build" first')
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'elshi-user-data-')))
  const harness = await startHarness({
    rendererDir: RENDERER_DIR,
    editionsDir: COMPILED_EDITIONS,
    userDataDir,
    desktop: options.desktop ?? null
  })
  const context = await launchChromium(viewport, colorScheme, options.deviceScaleFactor, options.locale)
  const page = context.pages()[0] ?? (await context.newPage())
  const pageErrors = watchPageErrors(page)
  if (options.clipboard)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.url })
  await mkdir(SCREENSHOTS, { recursive: true })
  return {
    page,
    url: harness.url,
    userDataDir,
    push: (event, payload) => harness.push(event, payload),
    screenshot: async (name) => void (await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) })),
    async close() {
      await context.close()
      await harness.close()
      if (pageErrors.length > 0) throw new Error(`The page reported errors:\n${pageErrors.join('\n')}`)
    }
  }
}
