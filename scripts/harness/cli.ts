/**
 *   npm run harness -- [--port N] [--user-data DIR] [--editions DIR]
 * Serves the built renderer (npm run build) on 127.0.0.1 with window.elshi backed by the real main
 * services, prints its URL and runs until stopped (Ctrl+C). Without --user-data it uses a fresh
 * temporary folder, so looking around never touches your own bookmarks.
 */
import { existsSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startHarness } from './harness-server'

const ROOT = join(__dirname, '../..')

export interface HarnessArgs {
  port: number
  userDataDir: string | null
  editionsDir: string
}

export function parseHarnessArgs(args: readonly string[]): HarnessArgs | string {
  const parsed: HarnessArgs = { port: 0, userDataDir: null, editionsDir: join(ROOT, 'out/editions') }
  for (let i = 0; i < args.length; i += 2) {
    const [name, value] = [args[i], args[i + 1]]
    if (value === undefined || value.startsWith('--')) return `${name} needs a value`
    if (name === '--port') {
      const port = Number(value)
      if (!Number.isInteger(port) || port < 0 || port > 65_535)
        return `--port must be 0-65535, not "${value}"`
      parsed.port = port
    } else if (name === '--user-data') parsed.userDataDir = resolve(value)
    else if (name === '--editions') parsed.editionsDir = resolve(value)
    else return `unknown option ${name}`
  }
  return parsed
}

async function main(): Promise<number> {
  const args = parseHarnessArgs(process.argv.slice(2))
  if (typeof args === 'string') {
    console.error(`${args}\nusage: npm run harness -- [--port N] [--user-data DIR] [--editions DIR]`)
    return 2
  }
  const rendererDir = join(ROOT, 'out/renderer')
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.error('No built renderer in out/renderer: run "npm run build" first.')
    return 1
  }
  if (!existsSync(args.editionsDir)) {
    console.error(
      `No compiled editions in ${args.editionsDir}: run "npm run build" (or pass --editions DIR).`
    )
    return 1
  }
  const userDataDir = args.userDataDir ?? (await mkdtemp(join(tmpdir(), 'elshi-harness-')))
  const harness = await startHarness({
    rendererDir,
    editionsDir: args.editionsDir,
    userDataDir,
    port: args.port
  })
  console.log(`Elshi harness: ${harness.url}`)
  console.log(`User data: ${userDataDir}${args.userDataDir ? '' : ' (a fresh temporary folder)'}`)
  console.log('Press Ctrl+C to stop.')
  await new Promise<void>((done) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => done())
  })
  await harness.close()
  return 0
}

if (require.main === module)
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error)
      process.exit(1)
    }
  )
