import { spawn } from 'node:child_process'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bookmarksFile } from '../../../src/main/bookmarks/bookmark-file'
import { decodeFile } from '../../../src/main/storage/file-envelope'
import { useTempDir } from '../../support/temp-dir'

/**
 * The durability promise of the issue: a child process adds bookmarks in a loop through the real
 * service and is SIGKILLed at random moments, over and over, in the same data folder. After every
 * kill the file must parse and hold every bookmark whose write the child acknowledged.
 *
 * The writer is bundled once into plain JavaScript, because starting it through tsx costs ~0.5 s
 * per process, which for 120 processes on a 2-core machine would blow the time budget.
 */
const ROUNDS = 120
const dir = useTempDir('elshi-kill-')
let buildDir = ''
let writer = ''

// beforeAll runs before the per-test temp folder exists, so the bundle gets a folder of its own.
beforeAll(async () => {
  buildDir = await mkdtemp(join(tmpdir(), 'elshi-writer-'))
  writer = join(buildDir, 'bookmark-writer.cjs')
  await build({
    entryPoints: [join(__dirname, '..', '..', 'support', 'bookmark-writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: writer,
    logLevel: 'silent'
  })
})

afterAll(async () => {
  await rm(buildDir, { recursive: true, force: true })
})

interface Run {
  acks: string[]
  notices: string[]
  exitedByItself: boolean
  stderr: string
}

/** Starts the writer and SIGKILLs it `delayMs` after it is ready (or after spawn, if `early`). */
function runAndKill(dataDir: string, delayMs: number, early: boolean): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    let killed = false
    const kill = () => {
      killed = true
      child.kill('SIGKILL')
    }
    if (early) setTimeout(kill, delayMs)
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (!early && !stdout.includes('READY\n') && (stdout + chunk).includes('READY\n'))
        setTimeout(kill, delayMs)
      stdout += chunk
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', () => {
      const lines = stdout.split('\n')
      resolve({
        acks: lines.flatMap((l) => /^ACK ([0-9a-f-]{36})$/.exec(l)?.[1] ?? []),
        notices: lines.filter((l) => l.startsWith('NOTICE') || l.startsWith('ERROR')),
        exitedByItself: !killed,
        stderr
      })
    })
  })
}

async function idsOnDisk(path: string): Promise<Set<string>> {
  const decoded = decodeFile(bookmarksFile, await readFile(path, 'utf8'))
  if (!decoded.ok) throw new Error(`${path} is not a valid bookmarks file: ${JSON.stringify(decoded)}`)
  return new Set(decoded.data.bookmarks.map((b) => b.id))
}

describe('kill during write', () => {
  it(`keeps every acknowledged bookmark through ${ROUNDS} SIGKILLs at random moments`, async () => {
    const dataDir = join(dir(), 'data')
    const acknowledged = new Set<string>()
    const file = join(dataDir, 'bookmarks.json')
    let killedMidRun = 0
    let killedMidWrite = 0
    for (let round = 0; round < ROUNDS; round++) {
      // Most kills land while writes are in flight; some land during start-up and loading.
      const early = round % 10 === 9
      const delay = early ? Math.random() * 150 : Math.random() * 40
      const run = await runAndKill(dataDir, delay, early)
      expect(run.exitedByItself, run.stderr).toBe(false)
      // A kill must never make the next start find a damaged file or fall back to the backup.
      expect(run.notices).toEqual([])
      for (const id of run.acks) acknowledged.add(id)
      if (run.acks.length > 0) killedMidRun++
      // A temp file left behind means the kill landed inside a write (the next start sweeps it).
      if ((await readdir(dataDir).catch(() => [])).some((name) => name.includes('.tmp-'))) killedMidWrite++
      if (acknowledged.size === 0) continue
      const onDisk = await idsOnDisk(file)
      const lost = [...acknowledged].filter((id) => !onDisk.has(id))
      expect(lost, `round ${round}: acknowledged but lost`).toEqual([])
      const backup = await idsOnDisk(`${file}.bak`).catch(() => null)
      if (backup) expect(backup.size).toBeLessThanOrEqual(onDisk.size)
    }
    // The loop did real work: most rounds acknowledged writes before being killed.
    expect(killedMidRun).toBeGreaterThan(ROUNDS / 2)
    expect(killedMidWrite).toBeGreaterThan(0)
    expect(acknowledged.size).toBeGreaterThan(ROUNDS)
    const leftovers = (await readdir(dataDir)).filter((name) => /corrupt|future/.test(name))
    expect(leftovers).toEqual([])
  }, 90_000)
})
