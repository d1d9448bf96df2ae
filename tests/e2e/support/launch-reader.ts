/**
 * The built renderer in headless Chromium, with `window.elshi` backed by the real main-process
 * services through the same validation the IPC handlers use. Only Electron itself is missing. Each
 * launch gets its own user-data folder (bookmarks, reading positions) unless it is given one, so a
 * journey can reopen the same profile or start a fresh one.
 */
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { createEditionLibrary } from '../../../src/main/edition/edition-library'
import { createHandlers } from '../../../src/main/ipc/handlers'
import { invokeHandler } from '../../../src/main/ipc/invoke-handler'
import { pushBookmarkChanges } from '../../../src/main/ipc/push-events'
import type { Desktop } from '../../../src/main/user-data/desktop'
import { openUserData } from '../../../src/main/user-data/user-data'
import {
  contractEvents,
  eventChannelOf,
  methods,
  subscriberName,
  type Method
} from '../../../src/shared/contract'
import { fail } from '../../../src/shared/result'
import { COMPILED_EDITIONS, ROOT } from '../../support/edition-paths'
import { serveDirectory } from './static-server'

export const SCREENSHOTS = join(ROOT, 'test-results/screenshots')
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'

export interface Reader {
  readonly page: Page
  readonly url: string
  /** The folder holding this launch's bookmarks and reading positions. */
  readonly userDataDir: string
  screenshot(name: string): Promise<void>
  close(): Promise<void>
}

const isMethod = (value: unknown): value is Method => methods.some((m) => m === value)

export async function launchReader(
  viewport = { width: 1280, height: 860 },
  colorScheme: 'light' | 'dark' = 'light',
  options: { userDataDir?: string; desktop?: Desktop } = {}
): Promise<Reader> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`)
  const rendererDir = join(ROOT, 'out/renderer')
  if (!existsSync(join(rendererDir, 'index.html')))
    throw new Error('No built renderer: run "npm run build" first')
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'elshi-user-data-')))
  const userData = openUserData(userDataDir)
  const handlers = createHandlers(createEditionLibrary(COMPILED_EDITIONS), userData, options.desktop ?? null)
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
  // Stands in for the preload: one frozen object of methods, each forwarding to main's handler, and of
  // subscribe functions, fed by main's pushes through `__elshiPush` (the harness's webContents.send).
  const events = contractEvents.map((event) => ({
    name: subscriberName(event),
    channel: eventChannelOf(event)
  }))
  await page.addInitScript(
    ({
      names,
      events
    }: {
      names: readonly string[]
      events: readonly { name: string; channel: string }[]
    }) => {
      const invoke = Reflect.get(globalThis, '__elshiInvoke')
      const listeners = new Map<string, Set<(payload: unknown) => void>>(
        events.map((e) => [e.channel, new Set()])
      )
      const subscribe = (channel: string) => (listener: (payload: unknown) => void) => {
        listeners.get(channel)?.add(listener)
        return () => void listeners.get(channel)?.delete(listener)
      }
      const api = Object.fromEntries([
        ...names.map((name) => [name, (...args: unknown[]) => invoke(name, args)] as const),
        ...events.map((e) => [e.name, subscribe(e.channel)] as const)
      ])
      Object.defineProperty(globalThis, 'elshi', { value: Object.freeze(api) })
      Object.defineProperty(globalThis, '__elshiPush', {
        value: (channel: string, payload: unknown) =>
          listeners.get(channel)?.forEach((listener) => listener(payload))
      })
    },
    { names: methods, events }
  )
  const stopPushing = pushBookmarkChanges(userData.bookmarks, () => [
    {
      isDestroyed: () => page.isClosed(),
      send: (channel, payload) =>
        void page
          .evaluate(([c, p]) => Reflect.get(globalThis, '__elshiPush')?.(c, p), [channel, payload] as const)
          .catch(() => undefined)
    }
  ])
  await mkdir(SCREENSHOTS, { recursive: true })
  return {
    page,
    url: server.url,
    userDataDir,
    screenshot: async (name) => void (await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) })),
    async close() {
      stopPushing()
      await context.close()
      await server.close()
      if (pageErrors.length > 0) throw new Error(`The page reported errors:\n${pageErrors.join('\n')}`)
    }
  }
}
