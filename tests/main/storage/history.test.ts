import { readdir, writeFile } from 'node:fs/promises'
import { sentencesOf } from '../../support/notice-reasons'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { encodeFile } from '../../../src/main/storage/file-envelope'
import { nodeFs } from '../../../src/main/storage/fs-layer'
import { entriesToKeep, type HistoryEntry } from '../../../src/main/storage/history'
import { JsonFileStore } from '../../../src/main/storage/json-file-store'
import { listVersions } from '../../../src/main/storage/versions'
import { notes, notesFile } from '../../support/notes-file'
import { useTempDir } from '../../support/temp-dir'

const dir = useTempDir('elshi-history-')
const DAY = 24 * 60 * 60 * 1000
const NOW = new Date('2024-05-20T12:00:00.000Z')

const entry = (hoursAgo: number, size = 100): HistoryEntry => ({
  fileName: `notes.json.${hoursAgo}`,
  savedAt: new Date(NOW.getTime() - hoursAgo * 60 * 60 * 1000),
  size
})

describe('history policy', () => {
  it('keeps the last N versions plus the newest of each of the last seven days', () => {
    const recent = Array.from({ length: 15 }, (_, i) => entry(i * 0.1))
    const daily = Array.from({ length: 10 }, (_, d) => [entry(24 * (d + 1)), entry(24 * (d + 1) + 1)]).flat()
    const kept = entriesToKeep([...daily, ...recent], { keep: 10, days: 7, budgetBytes: 1e9 }, NOW)
    expect(kept.slice(0, 10)).toEqual(recent.slice(0, 10))
    // One per day for the week before (the newest of each of days 1 to 7), none older.
    const older = kept.slice(10)
    expect(older.map((e) => e.fileName)).toEqual(
      daily
        .filter((_, i) => i % 2 === 0)
        .slice(0, 7)
        .map((e) => e.fileName)
    )
    expect(older.every((e) => NOW.getTime() - e.savedAt.getTime() <= 7 * DAY)).toBe(true)
  })

  it('stays within the size budget, dropping the oldest first but always keeping the newest', () => {
    const entries = Array.from({ length: 10 }, (_, i) => entry(i, 400))
    expect(entriesToKeep(entries, { keep: 10, days: 7, budgetBytes: 1000 }, NOW)).toEqual(entries.slice(0, 2))
    expect(entriesToKeep([entry(0, 5000)], { keep: 10, days: 7, budgetBytes: 1000 }, NOW)).toHaveLength(1)
  })

  it('keeps earlier saves in history/ as the store writes, pruned to the policy', async () => {
    let clock = NOW.getTime()
    const store = new JsonFileStore(dir(), notesFile, {
      now: () => new Date((clock += 60_000)),
      history: { keep: 3, days: 0, budgetBytes: 1e6 }
    })
    await store.load()
    for (let i = 1; i <= 6; i++) await store.save(notes(...Array.from({ length: i }, (_, j) => `n${j}`)))
    const versions = await listVersions(store.fs, dir(), notesFile)
    expect(versions.map((v) => [v.kind, v.count])).toEqual([
      ['current', 6],
      ['backup', 5],
      ['history', 5],
      ['history', 4],
      ['history', 3]
    ])
    expect(await readdir(join(dir(), 'history'))).toHaveLength(3)
  })
})

describe('a file from a newer version', () => {
  it('is set aside, then offered again once a version that reads it runs', async () => {
    const newer = {
      ...notesFile,
      version: 3,
      migrations: { ...notesFile.migrations, 2: (data: unknown) => data }
    }
    await writeFile(join(dir(), 'notes.json'), encodeFile(newer, notes('written by v3')))
    const old = await new JsonFileStore(dir(), notesFile).load()
    expect(old.notices.map((n) => n.kind)).toEqual(['future-version'])
    const aside = old.notices[0]?.reveal ?? ''
    expect((await listVersions(nodeFs, dir(), notesFile)).find((v) => v.id === aside)).toMatchObject({
      kind: 'newer-version',
      readable: false,
      count: null
    })

    const upgraded = await new JsonFileStore(dir(), newer).load()
    expect(upgraded.notices).toEqual([expect.objectContaining({ kind: 'readable-again', reveal: aside })])
    expect(sentencesOf(upgraded.notices[0])).toEqual([
      { code: 'notice.readableAgain', params: { name: aside } }
    ])
  })
})
