import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { codesOf, sentencesOf } from '../../support/notice-reasons'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bookmarksFile } from '../../../src/main/bookmarks/bookmark-file'
import { encodeFile } from '../../../src/main/storage/file-envelope'
import { JsonFileStore, StoreReadOnlyError } from '../../../src/main/storage/json-file-store'
import { faultyFs, type FaultyFs } from '../../support/faulty-fs'
import { sampleData } from '../../support/sample-bookmarks'
import { useTempDir } from '../../support/temp-dir'

/**
 * Read-only mode shows everything it can read (the file, else its backup, else the newest good
 * history entry), says in one sentence why nothing can be saved and what to do, and touches nothing.
 */
const dir = useTempDir('elshi-read-only-')
const inFile = sampleData(5)
const inBackup = sampleData(3)
const inHistory = sampleData(2)
const LEFTOVER = 'bookmarks.json.tmp-999-1'

async function seed(main: string | null, options: { backup?: string; history?: string } = {}) {
  if (main !== null) await writeFile(join(dir(), 'bookmarks.json'), main)
  if (options.backup !== undefined) await writeFile(join(dir(), 'bookmarks.json.bak'), options.backup)
  if (options.history !== undefined) {
    await mkdir(join(dir(), 'history'))
    await writeFile(join(dir(), 'history', 'bookmarks.json.2024-04-30T08-00-00-000Z'), options.history)
  }
  await writeFile(join(dir(), LEFTOVER), '{"schemaVersion":1,"da')
}

/** Writing anywhere in the folder fails, as on a read-only mount or without permission. */
function readOnlyFolder(): FaultyFs {
  const faulty = faultyFs()
  for (const op of ['writeNew', 'rename', 'remove', 'link', 'copyFile'] as const)
    faulty.fail(op, 'EROFS', { times: Infinity })
  return faulty
}

async function snapshot(): Promise<Record<string, string>> {
  const names = (await readdir(dir())).filter((n) => n !== 'history').sort()
  return Object.fromEntries(
    await Promise.all(names.map(async (n) => [n, await readFile(join(dir(), n), 'utf8')]))
  )
}

async function expectReadOnly(store: JsonFileStore<typeof inFile>, before: Record<string, string>) {
  await expect(store.save(sampleData(9))).rejects.toBeInstanceOf(StoreReadOnlyError)
  await expect(store.save(sampleData(9))).rejects.toThrow(/^readOnly\./)
  expect(await snapshot()).toEqual(before)
}

describe('read-only mode', () => {
  it('in a folder it cannot write, shows the intact file despite a leftover temp file', async () => {
    await seed(encodeFile(bookmarksFile, inFile))
    const before = await snapshot()
    const store = new JsonFileStore(dir(), bookmarksFile, { fs: readOnlyFolder().fs })
    const result = await store.load()
    expect(result.data).toEqual(inFile)
    expect(result.notices).toEqual([expect.objectContaining({ kind: 'read-only', readOnly: true })])
    expect(sentencesOf(result.notices[0])).toEqual([
      { code: 'readOnly.folderNotWritable', params: {} },
      { code: 'notice.shown.file', params: { data: { store: 'bookmarks' } } }
    ])
    await expectReadOnly(store, before)
  })

  it('never goes read-only for a leftover temp file it cannot remove', async () => {
    await seed(encodeFile(bookmarksFile, inFile))
    const faulty = faultyFs()
    faulty.fail('remove', 'EACCES', { match: (path) => path.endsWith(LEFTOVER), times: Infinity })
    const store = new JsonFileStore(dir(), bookmarksFile, { fs: faulty.fs })
    expect(await store.load()).toEqual({ data: inFile, notices: [] })
    await store.save(sampleData(6))
    expect((await new JsonFileStore(dir(), bookmarksFile).load()).data).toEqual(sampleData(6))
  })

  it('shows the backup when the file is damaged, leaving the damaged file where it is', async () => {
    await seed('{"schemaVersion":1,"sha256":"00","data":{', { backup: encodeFile(bookmarksFile, inBackup) })
    const before = await snapshot()
    const store = new JsonFileStore(dir(), bookmarksFile, { fs: readOnlyFolder().fs })
    const result = await store.load()
    expect(result.data).toEqual(inBackup)
    expect(result.notices.map((n) => n.kind)).toEqual(['read-only', 'damaged'])
    expect(codesOf(result.notices[0])).toEqual(['readOnly.folderNotWritable', 'notice.shown.backup'])
    await expectReadOnly(store, before)
  })

  it('shows the newest good history entry when file and backup are both damaged', async () => {
    await seed('garbage', { backup: 'more garbage', history: encodeFile(bookmarksFile, inHistory) })
    const store = new JsonFileStore(dir(), bookmarksFile, { fs: readOnlyFolder().fs })
    const result = await store.load()
    expect(result.data).toEqual(inHistory)
    expect(sentencesOf(result.notices[0])[1]).toEqual({
      code: 'notice.shown.history',
      params: { data: { store: 'bookmarks' }, savedAt: { iso: '2024-04-30T08:00:00.000Z' } }
    })
  })

  it('when another Elshi holds the folder, shows the file and leaves its temp files alone', async () => {
    await seed(encodeFile(bookmarksFile, inFile))
    const before = await snapshot()
    const store = new JsonFileStore(dir(), bookmarksFile)
    const holder = { pid: '4242', computer: null, since: '2024-05-01T12:00:00.000Z' }
    const result = await store.load({ readOnly: { cause: 'locked', holder } })
    expect(result.data).toEqual(inFile)
    expect(sentencesOf(result.notices[0])).toEqual([
      { code: 'readOnly.locked', params: { pid: '4242', since: { iso: holder.since } } },
      { code: 'notice.shown.file', params: { data: { store: 'bookmarks' } } }
    ])
    await expectReadOnly(store, before)
  })

  it('when the file cannot be read (no permission), shows the backup', async () => {
    await seed(encodeFile(bookmarksFile, inFile), { backup: encodeFile(bookmarksFile, inBackup) })
    const faulty = faultyFs()
    faulty.fail('readRegular', 'EACCES', { match: (path) => path.endsWith('bookmarks.json') })
    const store = new JsonFileStore(dir(), bookmarksFile, { fs: faulty.fs })
    const result = await store.load()
    expect(result.data).toEqual(inBackup)
    expect(codesOf(result.notices[0])).toEqual(['readOnly.unreadable', 'notice.shown.backup'])
    await expect(store.save(inBackup)).rejects.toBeInstanceOf(StoreReadOnlyError)
    expect(await readFile(join(dir(), 'bookmarks.json'), 'utf8')).toBe(encodeFile(bookmarksFile, inFile))
  })

  it('when a damaged file cannot be moved aside, shows the backup and never writes over the file', async () => {
    await seed('damaged', { backup: encodeFile(bookmarksFile, inBackup) })
    const faulty = faultyFs()
    faulty.fail('rename', 'EACCES', { match: (path) => path.endsWith('bookmarks.json'), times: Infinity })
    const store = new JsonFileStore(dir(), bookmarksFile, { fs: faulty.fs })
    const result = await store.load()
    expect(result.data).toEqual(inBackup)
    expect(codesOf(result.notices[0])[0]).toBe('readOnly.cannotSetAside')
    await expect(store.save(inBackup)).rejects.toBeInstanceOf(StoreReadOnlyError)
    expect(await readFile(join(dir(), 'bookmarks.json'), 'utf8')).toBe('damaged')
  })
})
