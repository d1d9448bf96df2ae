/**
 * `npm run harness` as a user runs it: the command on a free port, a working reader in Chromium, the
 * guards against other sites, and a clean stop.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, readFile } from 'node:fs/promises'
import { request } from 'node:http'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ROOT } from '../support/edition-paths'
import { launchChromium, SCREENSHOTS, watchPageErrors } from './support/launch-reader'

let harness: ChildProcess | null = null
afterAll(() => {
  harness?.kill('SIGKILL')
})

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise((resolve) => server.close(resolve))
  if (typeof address !== 'object' || !address) throw new Error('no port')
  return address.port
}

/** Starts the command and resolves with the URL it prints. */
function startHarness(args: string[]): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/harness/cli.ts', ...args],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  let output = ''
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const url = /Elshi harness: (\S+)/.exec(output)?.[1]
      if (url) resolve({ child, url, output: () => output })
    })
    child.on('exit', (code) =>
      reject(new Error(`the harness exited (${code}) before printing its URL:\n${output}`))
    )
  })
}

/** A raw request, so the Host and Origin headers can be what another site would send. */
function status(url: string, options: { method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<number>((resolve, reject) => {
    const call = request(url, { method: options.method ?? 'GET', headers: options.headers }, (response) => {
      response.resume()
      resolve(response.statusCode ?? 0)
    })
    call.on('error', reject)
    call.end(options.body)
  })
}

describe('npm run harness', () => {
  it('serves a working reader on 127.0.0.1 backed by the real services, and stops when told', async () => {
    const port = await freePort()
    const userData = await mkdtemp(join(tmpdir(), 'elshi-harness-test-'))
    const started = await startHarness(['--port', String(port), '--user-data', userData])
    harness = started.child
    expect(started.url).toBe(`http://127.0.0.1:${port}/`)

    const context = await launchChromium()
    const page = context.pages()[0] ?? (await context.newPage())
    const errors = watchPageErrors(page)
    await page.goto(started.url)
    await page.getByRole('heading', { level: 1, name: /30th anniversary of diplomatic service/ }).waitFor()
    await page.getByRole('link', { name: 'Start reading' }).click()
    await page.getByRole('heading', { level: 1, name: 'The founding of the service' }).waitFor()
    // A change goes through main's settings service into the --user-data folder.
    await page.getByRole('switch', { name: /Note marks/ }).click()
    await expect
      .poll(async () => JSON.parse(await readFile(join(userData, 'settings.json'), 'utf8').catch(() => '{}')))
      .toMatchObject({ data: { noteMarks: false } })
    await page.screenshot({ path: join(SCREENSHOTS, 'harness-01-reader.png') })
    await context.close()
    expect(errors).toEqual([])

    // Only the harness's own pages: not a site that points its name at 127.0.0.1.
    const invoke = `${started.url}__elshi/invoke`
    const call = JSON.stringify({ method: 'listEditions', args: [] })
    expect(await status(started.url, { headers: { host: `evil.example:${port}` } })).toBe(403)
    expect(
      await status(invoke, { method: 'POST', body: call, headers: { origin: 'https://evil.example' } })
    ).toBe(403)
    expect(
      await status(invoke, { method: 'POST', body: call, headers: { origin: `http://127.0.0.1:${port}` } })
    ).toBe(200)
    expect(await status(`${started.url}..%2f..%2fpackage.json`, {})).toBe(404)

    const exited = new Promise<number | null>((resolve) => started.child.on('exit', resolve))
    started.child.kill('SIGTERM')
    expect(await exited).toBe(0)
    harness = null
    await expect(status(started.url, {})).rejects.toThrow(/ECONNREFUSED/)
  })

  it('says what is wrong with its arguments', async () => {
    await expect(startHarness(['--port', 'eighty'])).rejects.toThrow(/--port must be 0-65535, not "eighty"/)
  })
})
