import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { codesOf, sentencesOf } from '../../support/notice-reasons'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeFile, encodeFile } from '../../../src/main/storage/file-envelope'
import { JsonFileStore, StoreReadOnlyError } from '../../../src/main/storage/json-file-store'
import { notes, notesFile, type Notes } from '../../support/notes-file'
import { useTempDir } from '../../support/temp-dir'

const dir = useTempDir()
const NOW = new Date('2024-05-01T12:30:00.000Z')
const STAMP = '2024-05-01T12-30-00-000Z'

function open() {
  return new JsonFileStore(dir(), notesFile, { now: () => NOW })
}

async function seed(contents: string, backup?: string) {
  await writeFile(join(dir(), 'notes.json'), contents)
  if (backup !== undefined) await writeFile(join(dir(), 'notes.json.bak'), backup)
}

async function readOnDisk(path: string) {
  const decoded = decodeFile(notesFile, await readFile(path, 'utf8'))
  if (!decoded.ok) throw new Error(`unreadable file on disk: ${JSON.stringify(decoded)}`)
  return decoded.data
}

/** A file as versions before checksums wrote it: still read, and checksummed at the next save. */
const envelope = (data: unknown, schemaVersion = 2) => JSON.stringify({ schemaVersion, data })
const checked = (data: Notes) => encodeFile(notesFile, data)

describe('JsonFileStore: normal use', () => {
  it('starts empty on first run and reads back what it saved', async () => {
    const store = open()
    expect(await store.load()).toEqual({ data: { items: [] }, notices: [] })
    await store.save(notes('first', 'second'))
    expect(await readFile(store.path, 'utf8')).toBe(checked(notes('first', 'second')))
    expect(JSON.parse(await readFile(store.path, 'utf8'))).toMatchObject({
      schemaVersion: 2,
      sha256: /^[0-9a-f]{64}$/
    })
    expect(await open().load()).toEqual({ data: notes('first', 'second'), notices: [] })
  })

  it('keeps the previous good file as <name>.bak', async () => {
    const store = open()
    await store.load()
    await store.save(notes('one'))
    await store.save(notes('one', 'two'))
    expect(await readFile(store.backupPath, 'utf8')).toBe(checked(notes('one')))
  })

  it('refuses to save before loading, which could replace a file it never read', async () => {
    await seed(envelope(notes('precious')))
    await expect(open().save(notes())).rejects.toThrow(/before load/)
    expect(await readFile(join(dir(), 'notes.json'), 'utf8')).toBe(envelope(notes('precious')))
  })

  it('sweeps temp files left by an interrupted write without touching the data', async () => {
    await seed(envelope(notes('kept')))
    await writeFile(join(dir(), 'notes.json.tmp-123-4'), '{"schemaVersion":2,"da')
    await writeFile(join(dir(), 'other.json.tmp-1-1'), 'not ours')
    expect((await open().load()).data).toEqual(notes('kept'))
    expect((await readdir(dir())).sort()).toEqual(['notes.json', 'other.json.tmp-1-1'])
  })
})

describe('JsonFileStore: serialized writes', () => {
  it('settles each save only when its data or newer is on disk, in order, with the last one winning', async () => {
    const store = open()
    await store.load()
    const versions = Array.from({ length: 40 }, (_, i) =>
      notes(...Array.from({ length: i + 1 }, (_, j) => `n${j}`))
    )
    const observed: number[] = []
    await Promise.all(
      versions.map(async (data, i) => {
        await store.save(data)
        const count = (await readOnDisk(store.path)).items.length
        expect(count).toBeGreaterThanOrEqual(i + 1)
        observed.push(count)
      })
    )
    expect(observed).toHaveLength(40)
    expect((await open().load()).data).toEqual(versions[39])
  })

  it('never exposes a partial file to a reader while writes run', async () => {
    const store = open()
    await store.load()
    await store.save(notes('start'))
    let writing = true
    const seen: string[] = []
    const reader = (async () => {
      while (writing) seen.push(await readFile(store.path, 'utf8'))
    })()
    for (let i = 0; i < 30; i++)
      await store.save(notes(...Array.from({ length: 200 }, (_, j) => `note ${i}-${j}`)))
    writing = false
    await reader
    expect(seen.length).toBeGreaterThan(0)
    for (const text of seen) expect(decodeFile(notesFile, text).ok).toBe(true)
  })
})

describe('JsonFileStore: damaged files are set aside, never overwritten', () => {
  const good = checked(notes('from backup'))

  async function expectLoadsBackupAndKeeps(bad: string, damage: string) {
    await seed(bad, good)
    const store = open()
    const result = await store.load()
    expect(result.data).toEqual(notes('from backup'))
    const aside = join(dir(), `notes.json.corrupt-${STAMP}`)
    expect(result.notices).toEqual([
      expect.objectContaining({
        kind: 'damaged',
        file: 'notes.json',
        reveal: `notes.json.corrupt-${STAMP}`,
        readOnly: false
      })
    ])
    expect(sentencesOf(result.notices[0])).toEqual([
      { code: `notice.damaged.${damage}`, params: { file: 'notes.json' } },
      { code: 'notice.keptAs', params: { name: `notes.json.corrupt-${STAMP}` } },
      { code: 'notice.shown.backup', params: { data: { store: 'bookmarks' } } }
    ])
    expect(await readFile(aside, 'utf8')).toBe(bad)
    // Later saves leave the set-aside file alone and build on the restored data.
    await store.save(notes('from backup', 'new'))
    await store.save(notes('from backup', 'new', 'newer'))
    expect(await readFile(aside, 'utf8')).toBe(bad)
    expect((await open().load()).data).toEqual(notes('from backup', 'new', 'newer'))
  }

  it('handles a file that is not JSON at all', async () => {
    await expectLoadsBackupAndKeeps('\u0000\u0000garbage', 'cutShort')
  })

  it('handles a truncated file (a torn write by another tool)', async () => {
    const full = envelope(notes('a', 'b', 'c'))
    await expectLoadsBackupAndKeeps(full.slice(0, full.length / 2), 'cutShort')
  })

  it('handles an empty file', async () => {
    await expectLoadsBackupAndKeeps('', 'cutShort')
  })

  it('handles valid JSON whose content does not match the schema', async () => {
    await expectLoadsBackupAndKeeps(envelope({ items: [{ id: 1, text: null }] }), 'invalid')
  })

  it('handles a missing schema version', async () => {
    await expectLoadsBackupAndKeeps(JSON.stringify({ data: notes('x') }), 'notElshi')
  })

  it('handles a schema version of the wrong type', async () => {
    await expectLoadsBackupAndKeeps(JSON.stringify({ schemaVersion: '2', data: notes('x') }), 'notElshi')
  })

  it('handles an old version it has no migration for', async () => {
    await expectLoadsBackupAndKeeps(envelope({ whatever: true }, 1), 'migration')
  })

  it('moves a file from a newer version aside as .future-<time> and uses the backup', async () => {
    const future = envelope({ items: [], tags: ['new feature'] }, 7)
    await seed(future, good)
    const store = open()
    const result = await store.load()
    const aside = join(dir(), `notes.json.future-${STAMP}`)
    expect(result.data).toEqual(notes('from backup'))
    expect(result.notices[0]).toEqual(
      expect.objectContaining({ kind: 'future-version', reveal: `notes.json.future-${STAMP}` })
    )
    expect(codesOf(result.notices[0])).toEqual(['notice.futureVersion', 'notice.shown.backup'])
    await store.save(notes('after'))
    expect(await readFile(aside, 'utf8')).toBe(future)
  })

  it('sets a bad backup aside too and starts empty, losing no file', async () => {
    await seed('{"schemaVersion":2,', 'also broken')
    const store = open()
    const result = await store.load()
    expect(result.data).toEqual({ items: [] })
    expect(result.notices.map((n) => n.kind)).toEqual(['damaged'])
    expect(codesOf(result.notices[0])).toContain('notice.shown.none')
    await store.save(notes('fresh'))
    await store.save(notes('fresh', 'start'))
    expect(await readFile(join(dir(), `notes.json.corrupt-${STAMP}`), 'utf8')).toBe('{"schemaVersion":2,')
    expect(await readFile(join(dir(), `notes.json.bak.corrupt-${STAMP}`), 'utf8')).toBe('also broken')
  })

  it('restores from the backup when the file itself is missing', async () => {
    await writeFile(join(dir(), 'notes.json.bak'), good)
    const result = await open().load()
    expect(result.data).toEqual(notes('from backup'))
    expect(result.notices.map((n) => n.kind)).toEqual(['restored'])
    expect(await readOnDisk(join(dir(), 'notes.json'))).toEqual(notes('from backup'))
  })

  it('gives a second damaged file of the same moment its own name', async () => {
    await seed('bad one')
    await open().load()
    await seed('bad two')
    await open().load()
    expect(await readFile(join(dir(), `notes.json.corrupt-${STAMP}`), 'utf8')).toBe('bad one')
    expect(await readFile(join(dir(), `notes.json.corrupt-${STAMP}-2`), 'utf8')).toBe('bad two')
  })

  it('goes read-only when the file cannot be read at all, and refuses to save over it', async () => {
    await mkdir(join(dir(), 'notes.json'))
    const store = open()
    const result = await store.load()
    expect(result.notices.map((n) => n.kind)).toEqual(['read-only'])
    await expect(store.save(notes('x'))).rejects.toBeInstanceOf(StoreReadOnlyError)
  })
})

describe('JsonFileStore: migrations', () => {
  it('migrates an older version, keeping a copy of the original', async () => {
    const v1 = envelope({ notes: ['kept one', 'kept two'] }, 1)
    await seed(v1)
    const store = open()
    const result = await store.load()
    expect(result.data).toEqual(notes('kept one', 'kept two'))
    const copy = join(dir(), `notes.json.v1-${STAMP}`)
    expect(result.notices).toEqual([
      expect.objectContaining({ kind: 'migrated', reveal: `notes.json.v1-${STAMP}` })
    ])
    expect(await readFile(copy, 'utf8')).toBe(v1)
    await store.save(result.data)
    expect(await readOnDisk(store.path)).toEqual(notes('kept one', 'kept two'))
    expect((await open().load()).notices).toEqual([])
  })
})
