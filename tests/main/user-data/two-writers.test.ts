import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bookmarksFile } from '../../../src/main/bookmarks/bookmark-file'
import { decodeFile } from '../../../src/main/storage/file-envelope'
import { useBundledWriter } from '../../support/bundle-writer'
import { useTempDir } from '../../support/temp-dir'

/**
 * Two real processes on one data folder, both adding bookmarks as fast as they can for several
 * seconds. Before the folder lock, both reported success and a third of the adds were lost. Now one
 * holds the folder; the other is told it is read-only and never reports a save it did not make.
 */
const dir = useTempDir('elshi-two-writers-')
const writer = useBundledWriter()
const SECONDS = 4

interface Run {
  acks: string[]
  refused: string[]
  notices: string[]
  code: number | null
}

function run(dataDir: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer(), dataDir, String(SECONDS)], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      const lines = stdout.split('\n')
      resolve({
        acks: lines.flatMap((l) => /^ACK ([0-9a-f-]{36})$/.exec(l)?.[1] ?? []),
        refused: lines.filter((l) => l.startsWith('REFUSED')),
        notices: lines.filter((l) => l.startsWith('NOTICE')),
        code
      })
    })
  })
}

describe('two Elshi processes on one data folder', () => {
  it('loses no acknowledged write, and the second is told it is read-only', async () => {
    const dataDir = join(dir(), 'data')
    const runs = await Promise.all([run(dataDir), run(dataDir)])
    for (const r of runs) expect(r.code).toBe(0)
    const [writerRun, readerRun] = runs[0].acks.length > 0 ? runs : [runs[1], runs[0]]

    expect(writerRun.acks.length).toBeGreaterThan(20)
    expect(writerRun.refused).toEqual([])
    expect(writerRun.notices).toEqual([])

    expect(readerRun.acks).toEqual([])
    expect(readerRun.refused.length).toBeGreaterThan(0)
    expect(new Set(readerRun.refused)).toEqual(new Set(['REFUSED read-only']))
    const bookmarksNotice = readerRun.notices.find((n) => n.includes('"store":"bookmarks"')) ?? ''
    expect(bookmarksNotice).toMatch(
      /^NOTICE read-only \[\{"code":"readOnly\.locked","params":\{"pid":"\d+","since":\{"iso":"[^"]+Z"\}\}\}/
    )

    const decoded = decodeFile(bookmarksFile, await readFile(join(dataDir, 'bookmarks.json')))
    if (!decoded.ok) throw new Error('the bookmarks file is damaged')
    const onDisk = new Set(decoded.data.bookmarks.map((b) => b.id))
    expect(writerRun.acks.filter((id) => !onDisk.has(id))).toEqual([])
    expect(onDisk.size).toBe(writerRun.acks.length)
  }, 30_000)

  it('lets the next process write once the first has closed', async () => {
    const dataDir = join(dir(), 'data')
    const first = await run(dataDir)
    const second = await run(dataDir)
    expect(first.acks.length).toBeGreaterThan(0)
    expect(second.notices).toEqual([])
    expect(second.acks.length).toBeGreaterThan(0)
  }, 30_000)
})
