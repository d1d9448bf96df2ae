/**
 * `npm run harness`: the built renderer over HTTP on 127.0.0.1, with `window.elshi` backed by the real
 * main-process services through `invokeHandler`, the same validation the IPC handlers use. Only Electron
 * is missing. For looking at Elshi in a browser and for outside scripts (Playwright, axe); the e2e
 * journeys use it too. Never part of the app: it lives in scripts/, which is not packaged.
 */
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { createEditionLibrary } from '../../src/main/edition/edition-library'
import { createHandlers } from '../../src/main/ipc/handlers'
import { invokeHandler } from '../../src/main/ipc/invoke-handler'
import {
  pushBookmarkChanges,
  pushLocaleChanges,
  pushSettingsChanges,
  type PushTarget
} from '../../src/main/ipc/push-events'
import { createLocaleService } from '../../src/main/i18n/locale-service'
import { resolveAppFile } from '../../src/main/protocol/app-files'
import type { Desktop } from '../../src/main/user-data/desktop'
import { openUserData, type UserData } from '../../src/main/user-data/user-data'
import { MAX_IMPORT_CHARS } from '../../src/shared/bookmarks/schema'
import {
  eventChannelOf,
  methods,
  type ContractEvent,
  type EventPayload,
  type Method
} from '../../src/shared/contract'
import { fail } from '../../src/shared/result'
import { reason } from '../../src/shared/i18n/reasons'
import { BRIDGE_PATH, bridgeScript, EVENTS_PATH, INVOKE_PATH, withBridge } from './bridge-script'

export interface HarnessOptions {
  readonly rendererDir: string
  readonly editionsDir: string
  readonly userDataDir: string
  /** 0 (the default) picks a free port. */
  readonly port?: number
  /** Stands in for Electron's shell (Show in folder); without it the page is told it is unavailable. */
  readonly desktop?: Desktop | null
}

export interface Harness {
  readonly url: string
  readonly userData: UserData
  /** Sends a push to every open page, as main's webContents.send would (a menu command, a deep link). */
  push<E extends ContractEvent>(event: E, payload: EventPayload<E>): void
  close(): Promise<void>
}

const HOST = '127.0.0.1'
/** The largest import, as UTF-8 JSON, and room for the rest of the call. */
const MAX_BODY_BYTES = MAX_IMPORT_CHARS * 4 + 1024 * 1024
const isMethod = (value: unknown): value is Method => methods.some((m) => m === value)

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(body)
}
const sendJson = (response: ServerResponse, value: unknown): void =>
  send(response, 200, 'application/json; charset=utf-8', JSON.stringify(value))

async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk))
    size += buffer.length
    if (size > MAX_BODY_BYTES) return null
    chunks.push(buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const userData = openUserData(options.userDataDir)
  const library = createEditionLibrary(options.editionsDir)
  // No Electron, so no OS languages: the page's navigator.languages (the browser's locale) stand in.
  const locale = createLocaleService(userData.settings, () => [])
  const handlers = createHandlers(library, userData, { desktop: options.desktop ?? null, locale })
  const streams = new Set<ServerResponse>()
  const pages: PushTarget = {
    isDestroyed: () => false,
    send: (channel, payload) => {
      for (const stream of streams) stream.write(`data: ${JSON.stringify({ channel, payload })}\n\n`)
    }
  }
  const stopPushes = [
    pushBookmarkChanges(userData.bookmarks, () => [pages]),
    pushSettingsChanges(userData.settings, () => [pages]),
    pushLocaleChanges(locale, () => [pages]),
    () => locale.close()
  ]
  let origins: readonly string[] = []

  async function invoke(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // A page elsewhere (a site rebinding its name to 127.0.0.1) must not reach the user's data.
    const origin = request.headers.origin
    if (origin !== undefined && !origins.includes(origin))
      return send(response, 403, 'text/plain', 'Forbidden')
    const body = await readBody(request)
    if (body === null)
      return sendJson(response, fail('invalid-argument', reason('invalidRequest', { field: 'body' })))
    let call: { method?: unknown; args?: unknown }
    try {
      call = JSON.parse(body)
    } catch {
      return sendJson(response, fail('invalid-argument', reason('invalidRequest', { field: 'body' })))
    }
    if (!isMethod(call.method) || !Array.isArray(call.args))
      return sendJson(response, fail('invalid-argument', reason('invalidRequest', { field: 'method' })))
    sendJson(response, await invokeHandler(handlers, call.method, call.args))
  }

  function openStream(request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' })
    response.write(': connected\n\n')
    streams.add(response)
    request.on('close', () => streams.delete(response))
  }

  async function serveFile(path: string, response: ServerResponse): Promise<void> {
    const file = await resolveAppFile(options.rendererDir, path)
    if (!file.found) return send(response, 404, 'text/plain; charset=utf-8', 'Not found')
    const body = await readFile(file.path)
    const isIndex = file.mimeType.startsWith('text/html')
    send(response, 200, file.mimeType, isIndex ? withBridge(body.toString('utf8')) : body)
  }

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const hosts = origins.map((o) => new URL(o).host)
    if (!hosts.includes(request.headers.host ?? '')) return send(response, 403, 'text/plain', 'Forbidden')
    const raw = request.url ?? '/'
    const path = raw.replace(/[?#].*$/s, '')
    if (request.method === 'POST' && path === INVOKE_PATH) return invoke(request, response)
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(response, 405, 'text/plain', 'Not allowed')
    if (path === BRIDGE_PATH) return send(response, 200, 'text/javascript; charset=utf-8', bridgeScript())
    if (path === EVENTS_PATH) return openStream(request, response)
    return serveFile(raw, response)
  }

  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      console.error('[harness]', error)
      if (!response.headersSent) send(response, 500, 'text/plain', 'Internal error')
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, HOST, () => resolve())
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  origins = [`http://${HOST}:${port}`, `http://localhost:${port}`]
  return {
    url: `http://${HOST}:${port}/`,
    userData,
    push: (event, payload) => pages.send(eventChannelOf(event), payload),
    async close() {
      for (const stop of stopPushes) stop()
      for (const stream of streams) stream.end()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await library.close()
      await userData.close()
    }
  }
}
