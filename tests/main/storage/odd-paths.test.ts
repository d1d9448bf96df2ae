import { execFileSync } from 'node:child_process'
import { codesOf, sentencesOf } from '../../support/notice-reasons'
import { lstat, mkdir, readFile, readlink, symlink, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bookmarksFile } from '../../../src/main/bookmarks/bookmark-file'
import { decodeFile, encodeFile } from '../../../src/main/storage/file-envelope'
import { JsonFileStore, StoreReadOnlyError } from '../../../src/main/storage/json-file-store'
import { sampleData } from '../../support/sample-bookmarks'
import { useTempDir } from '../../support/temp-dir'

/** Odd things at a data path are refused at once (no hang), with the backup shown and a clear notice. */
const dir = useTempDir('elshi-odd-')
const inBackup = sampleData(3)
const main = () => join(dir(), 'bookmarks.json')

async function withBackup() {
  await writeFile(`${main()}.bak`, encodeFile(bookmarksFile, inBackup))
}

/** The notice names what stands at the path, so the reader knows what to move. */
const CODES = {
  pipe: 'readOnly.isPipe',
  socket: 'readOnly.isSocket',
  device: 'readOnly.isDevice',
  folder: 'readOnly.isFolder'
} as const

async function expectRefused(what: keyof typeof CODES) {
  const store = new JsonFileStore(dir(), bookmarksFile)
  const result = await store.load()
  expect(result.data).toEqual(inBackup)
  expect(codesOf(result.notices[0])).toEqual([CODES[what], 'notice.shown.backup'])
  await expect(store.save(inBackup)).rejects.toBeInstanceOf(StoreReadOnlyError)
}

describe.runIf(process.platform !== 'win32')('odd files at a data path (POSIX)', () => {
  it('refuses a FIFO at once instead of waiting forever for a writer', async () => {
    execFileSync('mkfifo', [main()])
    await withBackup()
    await expectRefused('pipe')
    expect((await lstat(main())).isFIFO()).toBe(true)
  })

  it('refuses a socket', async () => {
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(main(), resolve))
    try {
      await withBackup()
      await expectRefused('socket')
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })

  it('refuses a device (through a link to /dev/zero)', async () => {
    await symlink('/dev/zero', main())
    await withBackup()
    await expectRefused('device')
  })
})

describe('odd paths', () => {
  it('refuses a folder at the data path and shows the backup', async () => {
    await mkdir(main())
    await withBackup()
    await expectRefused('folder')
  })

  it('writes a symlinked data file through to its target, keeping the link a link', async () => {
    const elsewhere = join(dir(), 'synced')
    await mkdir(elsewhere)
    const target = join(elsewhere, 'my-bookmarks.json')
    await writeFile(target, encodeFile(bookmarksFile, sampleData(2)))
    await symlink(target, main())
    const store = new JsonFileStore(dir(), bookmarksFile)
    expect(await store.load()).toEqual({ data: sampleData(2), notices: [] })
    await store.save(sampleData(4))
    await store.save(sampleData(5))
    expect((await lstat(main())).isSymbolicLink()).toBe(true)
    expect(await readlink(main())).toBe(target)
    expect(decodeFile(bookmarksFile, await readFile(target))).toMatchObject({ ok: true, data: sampleData(5) })
    expect(decodeFile(bookmarksFile, await readFile(`${main()}.bak`))).toMatchObject({ data: sampleData(4) })
  })

  it('refuses a link to nothing, leaving it as it is', async () => {
    await symlink(join(dir(), 'gone.json'), main())
    await withBackup()
    const store = new JsonFileStore(dir(), bookmarksFile)
    const result = await store.load()
    expect(result.data).toEqual(inBackup)
    expect(codesOf(result.notices[0])[0]).toBe('readOnly.brokenLink')
    await expect(store.save(inBackup)).rejects.toBeInstanceOf(StoreReadOnlyError)
    expect(await readlink(main())).toBe(join(dir(), 'gone.json'))
  })

  it('says so when the data folder is a file', async () => {
    const folder = join(dir(), 'not-a-folder')
    await writeFile(folder, 'someone else’s file')
    const store = new JsonFileStore(folder, bookmarksFile)
    const result = await store.load()
    expect(result.data).toEqual({ bookmarks: [] })
    expect(result.notices).toEqual([expect.objectContaining({ kind: 'read-only', reveal: null })])
    expect(sentencesOf(result.notices[0])).toEqual([
      { code: 'readOnly.folderIsFile', params: { folder } },
      { code: 'notice.shown.none', params: { data: { store: 'bookmarks' } } }
    ])
    await expect(store.save(inBackup)).rejects.toBeInstanceOf(StoreReadOnlyError)
    expect(await readFile(folder, 'utf8')).toBe('someone else’s file')
  })
})
