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
  /** Set when the child ended on its own (crashed) or never reached its kill trigger. */
  problem: string | null
}

/** A child that never reaches its trigger would otherwise hang the test until its timeout. */
const WATCHDOG_MS = 10_000

/** When the kill timer starts: at spawn, once the service has loaded, or once the first write was acknowledged. */
type Trigger = 'spawn' | 'ready' | 'first-ack'
const TRIGGER_LINE: Record<Exclude<Trigger, 'spawn'>, RegExp> = { ready: /^READY$/m, 'first-ack': /^ACK /m }

/** Starts the writer and SIGKILLs it `delayMs` after `trigger`. */
function runAndKill(dataDir: string, trigger: Trigger, delayMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    let armed = false
    let killed = false
    const arm = () => {
      armed = true
      setTimeout(() => {
        killed = true
        child.kill('SIGKILL')
      }, delayMs)
    }
    const watchdog = setTimeout(() => child.kill('SIGKILL'), WATCHDOG_MS)
    if (trigger === 'spawn') arm()
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
      if (!armed && trigger !== 'spawn' && TRIGGER_LINE[trigger].test(stdout)) arm()
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', () => {
      clearTimeout(watchdog)
      const lines = stdout.split('\n')
      resolve({
        acks: lines.flatMap((l) => /^ACK ([0-9a-f-]{36})$/.exec(l)?.[1] ?? []),
        notices: lines.filter((l) => l.startsWith('NOTICE') || l.startsWith('ERROR')),
        problem: killed
          ? null
          : `the writer ended before its ${trigger} kill: ${stderr || stdout.slice(-500)}`
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
    let killedMidWrite = 0
    for (let round = 0; round < ROUNDS; round++) {
      // Most kills land while later writes are in flight; some during start-up, loading or the first write.
      const trigger: Trigger = round % 10 === 9 ? 'spawn' : round % 10 === 8 ? 'ready' : 'first-ack'
      const run = await runAndKill(dataDir, trigger, Math.random() * (trigger === 'spawn' ? 150 : 30))
      expect(run.problem).toBeNull()
      // A kill must never make the next start find a damaged file or fall back to the backup.
      expect(run.notices).toEqual([])
      for (const id of run.acks) acknowledged.add(id)
      // A temp file left behind means the kill landed inside a write (the next start sweeps it).
      if ((await readdir(dataDir).catch(() => [])).some((name) => name.includes('.tmp-'))) killedMidWrite++
      if (acknowledged.size === 0) continue
      const onDisk = await idsOnDisk(file)
      const lost = [...acknowledged].filter((id) => !onDisk.has(id))
      expect(lost, `round ${round}: acknowledged but lost`).toEqual([])
      const backup = await idsOnDisk(`${file}.bak`).catch(() => null)
      if (backup) expect(backup.size).toBeLessThanOrEqual(onDisk.size)
    }
    // The test did what it claims: writes were acknowledged, and kills really landed inside writes.
    expect(acknowledged.size).toBeGreaterThanOrEqual(ROUNDS * 0.8)
    expect(killedMidWrite).toBeGreaterThan(0)
    const leftovers = (await readdir(dataDir)).filter((name) => /corrupt|future/.test(name))
    expect(leftovers).toEqual([])
  }, 90_000)
})
