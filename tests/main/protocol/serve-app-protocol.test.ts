import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { useTempDir } from '../../support/temp-dir'

const electron = vi.hoisted(() => ({
  privileged: [] as unknown[],
  handlers: new Map<string, (request: Request) => Promise<Response>>()
}))

vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => electron.privileged.push(...schemes),
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
      electron.handlers.set(scheme, handler)
  }
}))

const { registerAppScheme, serveAppProtocol } = await import('../../../src/main/protocol/serve-app-protocol')
const dir = useTempDir()

describe('the app:// scheme in Electron', () => {
  it('is registered as a standard, secure scheme that supports fetch', () => {
    registerAppScheme()
    expect(electron.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }
    ])
  })

  it('answers with the file and its content type, or a 404', async () => {
    await mkdir(join(dir(), 'assets'))
    await writeFile(join(dir(), 'assets', 'index.js'), 'export const x = 1')
    serveAppProtocol(dir())
    const handle = electron.handlers.get('app')
    if (!handle) throw new Error('app:// has no handler')
    const found = await handle(new Request('app://elshi/assets/index.js'))
    expect(found.status).toBe(200)
    expect(found.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await found.text()).toBe('export const x = 1')
    for (const url of [
      'app://elshi/missing.js',
      'app://elshi/%2e%2e/outside.txt',
      'app://other/assets/index.js'
    ])
      expect((await handle(new Request(url))).status, url).toBe(404)
  })
})
