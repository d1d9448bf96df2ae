import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bookmarksFile } from '../../../src/main/bookmarks/bookmark-file'
import { WRITE_STEPS, type WriteStep } from '../../../src/main/storage/atomic-write'
import { decodeFile } from '../../../src/main/storage/file-envelope'
import { JsonFileStore } from '../../../src/main/storage/json-file-store'
import { faultyFs, type FaultyFs } from '../../support/faulty-fs'
import { sampleData } from '../../support/sample-bookmarks'
import { useTempDir } from '../../support/temp-dir'

/**
 * The crash-point matrix: a save interrupted at each step of the write sequence (write the temp file,
 * fsync it, snapshot the old file as backup and history, rename, fsync the folder), either by a crash
 * (that step and everything after it never happen) or by that one step failing (the session goes on).
 * After either, the next start finds the old data or the new, never a torn file, and never loses an
 * acknowledged save; after a failure, the same session's next save works.
 */
const dir = useTempDir('elshi-crash-')
const [OLD, NEW, NEXT] = [sampleData(2), sampleData(3), sampleData(4)]

function inject(faulty: FaultyFs, step: WriteStep, how: 'crash' | 'fail'): void {
  const main = join(dir(), 'bookmarks.json')
  const isMainTemp = (path: string) => path.startsWith(`${main}.tmp-`)
  const matchers: Record<
    WriteStep,
    [Parameters<FaultyFs['fail']>[0], (path: string, to?: string) => boolean]
  > = {
    write: ['writeNew', isMainTemp],
    fsync: ['fsyncFile', isMainTemp],
    snapshot: ['link', (path) => path === main],
    rename: ['rename', (_path, to) => to === main],
    'dir-fsync': ['fsyncDir', () => true]
  }
  const [op, match] = matchers[step]
  if (how === 'crash') faulty.crashAt(op, match)
  else faulty.fail(op, 'EIO', { match })
  // Where a hard link fails the snapshot falls back to a copy: a failed snapshot is both failing.
  if (how === 'fail' && step === 'snapshot') faulty.fail('copyFile', 'EIO', { match })
}

async function onDisk(path: string) {
  const decoded = decodeFile(bookmarksFile, await readFile(path))
  if (!decoded.ok) throw new Error(`${path} is not readable: ${JSON.stringify(decoded)}`)
  return decoded.data
}

describe('crash-point matrix', () => {
  for (const how of ['crash', 'fail'] as const) {
    for (const step of WRITE_STEPS) {
      it(`a ${how} at "${step}" leaves the old data or the new, and loses nothing acknowledged`, async () => {
        const setup = new JsonFileStore(dir(), bookmarksFile, {
          history: { keep: 10, days: 7, budgetBytes: 1e6 }
        })
        await setup.load()
        await setup.save(sampleData(1))
        await setup.save(OLD)

        const faulty = faultyFs()
        const store = new JsonFileStore(dir(), bookmarksFile, {
          fs: faulty.fs,
          history: { keep: 10, days: 7, budgetBytes: 1e6 }
        })
        expect((await store.load()).notices).toEqual([])
        inject(faulty, step, how)
        const acknowledged = await store.save(NEW).then(
          () => true,
          () => false
        )
        // Only a snapshot may fail without failing the save: backup and history are a convenience.
        expect(acknowledged).toBe(how === 'fail' && step === 'snapshot')

        const restarted = await new JsonFileStore(dir(), bookmarksFile).load()
        expect(restarted.notices).toEqual([])
        const renamed = step === 'dir-fsync' || acknowledged
        expect(restarted.data).toEqual(renamed ? NEW : OLD)
        expect((await readdir(dir())).filter((n) => n.includes('.tmp-'))).toEqual([])
        const snapshotted = step === 'rename' || step === 'dir-fsync'
        expect(await onDisk(join(dir(), 'bookmarks.json.bak'))).toEqual(snapshotted ? OLD : sampleData(1))

        if (how === 'fail') {
          await store.save(NEXT)
          expect(await onDisk(join(dir(), 'bookmarks.json'))).toEqual(NEXT)
        }
      })
    }
  }
})
