/**
 * The built renderer in headless Chromium, with `window.elshi` backed by the real main-process
 * services through the same validation the IPC handlers use. Only Electron itself is missing.
 */
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { createEditionLibrary } from '../../../src/main/edition/edition-library'
import { createHandlers } from '../../../src/main/ipc/handlers'
import { invokeHandler } from '../../../src/main/ipc/invoke-handler'
import { methods, type Method } from '../../../src/shared/contract'
import { fail } from '../../../src/shared/result'
import { COMPILED_EDITIONS, ROOT } from '../../support/edition-paths'
import { serveDirectory } from './static-server'

export const SCREENSHOTS = join(ROOT, 'test-results/screenshots')
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'

export interface Reader {
  readonly page: Page
  readonly url: string
  screenshot(name: string): Promise<void>
  close(): Promise<void>
}

const isMethod = (value: unknown): value is Method => methods.some((m) => m === value)

export async function launchReader(
  viewport = { width: 1280, height: 860 },
  colorScheme: 'light' | 'dark' = 'light'
): Promise<Reader> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`)
  const rendererDir = join(ROOT, 'out/renderer')
  if (!existsSync(join(rendererDir, 'index.html')))
    throw new Error('No built renderer: run "npm run build" first')
  const handlers = createHandlers(createEditionLibrary(COMPILED_EDITIONS))
  const server = await serveDirectory(rendererDir)
  const profile = await mkdtemp(join(tmpdir(), 'elshi-chromium-'))
  // A fresh profile per launch: no state leaks between journeys.
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    viewport,
    colorScheme,
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
  const page = context.pages()[0] ?? (await context.newPage())
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text())
  })
  await page.exposeBinding('__elshiInvoke', (_source, method: unknown, args: unknown) =>
    isMethod(method) && Array.isArray(args)
      ? invokeHandler(handlers, method, args)
      : fail('invalid-argument', 'unknown method')
  )
  // Stands in for the preload: one frozen object of methods, each forwarding to main's handler.
  await page.addInitScript((names: readonly string[]) => {
    const invoke = Reflect.get(globalThis, '__elshiInvoke')
    const api = Object.fromEntries(names.map((name) => [name, (...args: unknown[]) => invoke(name, args)]))
    Object.defineProperty(globalThis, 'elshi', { value: Object.freeze(api) })
  }, methods)
  await mkdir(SCREENSHOTS, { recursive: true })
  return {
    page,
    url: server.url,
    screenshot: async (name) => void (await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) })),
    async close() {
      await context.close()
      await server.close()
      if (pageErrors.length > 0) throw new Error(`The page reported errors:\n${pageErrors.join('\n')}`)
    }
  }
}
