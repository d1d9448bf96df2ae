/**
 * The thin Electron side of app://: the scheme is registered as privileged before the app is ready
 * (standard, so it has an origin and 'self' means it; secure, like https; supportFetchAPI, so the page can
 * fetch its own files), and its requests are answered from the built renderer folder by `resolveAppFile`.
 */
import { protocol } from 'electron'
import { readFile as readFileCallback } from 'node:fs'
import { promisify } from 'node:util'
import { resolveAppFile } from './app-files'
import { APP_SCHEME, appRequestPath } from './app-scheme'

const readFile = promisify(readFileCallback)

/** Must run before `app` is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ])
}

const notFound = (): Response =>
  new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })

/** Serves `rendererDir` at app://elshi/. Run once the app is ready. */
export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const path = appRequestPath(request.url)
    const file = path === null ? null : await resolveAppFile(rendererDir, path)
    if (!file?.found) return notFound()
    try {
      return new Response(await readFile(file.path), { headers: { 'content-type': file.mimeType } })
    } catch {
      return notFound()
    }
  })
}
