import { readFile, readdir, writeFile } from 'node:fs/promises'
import { codesOf, sentencesOf } from '../../support/notice-reasons'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bookmarksFile } from '../../../src/main/bookmarks/bookmark-file'
import { decodeFile, encodeFile } from '../../../src/main/storage/file-envelope'
import { JsonFileStore } from '../../../src/main/storage/json-file-store'
import { sampleBookmark, sampleData } from '../../support/sample-bookmarks'
import { seededRandom } from '../../support/seeded-random'
import { useTempDir } from '../../support/temp-dir'

const dir = useTempDir('elshi-integrity-')
const good = sampleData(6)
const goodBytes = Buffer.from(encodeFile(bookmarksFile, good), 'utf8')
const backup = sampleData(2)

async function loadWith(mainBytes: Uint8Array) {
  await writeFile(join(dir(), 'bookmarks.json'), mainBytes)
  await writeFile(join(dir(), 'bookmarks.json.bak'), encodeFile(bookmarksFile, backup))
  return new JsonFileStore(dir(), bookmarksFile).load()
}

function flipped(random: () => number): Buffer {
  const bytes = Buffer.from(goodBytes)
  const count = 1 + Math.floor(random() * 8)
  for (let i = 0; i < count; i++) {
    const at = Math.floor(random() * bytes.length)
    bytes[at] = (bytes[at] ?? 0) ^ (1 + Math.floor(random() * 255))
  }
  return bytes
}

describe('integrity: the checksum finds damage instead of reading it as other bookmarks', () => {
  it('never accepts altered content, over 1,000 random flips of 1 to 8 bytes', () => {
    const random = seededRandom(14)
    let detected = 0
    for (let round = 0; round < 1000; round++) {
      const bytes = flipped(random)
      const decoded = decodeFile(bookmarksFile, bytes)
      if (decoded.ok) expect(decoded.data, `round ${round} accepted altered content`).toEqual(good)
      else detected++
    }
    // Nearly every flip changes something; the few that do not (none expected) would be accepted as equal.
    expect(detected).toBeGreaterThan(990)
  })

  it('loads the backup and keeps the damaged file when flipped bytes are found at start', async () => {
    const random = seededRandom(7)
    for (let round = 0; round < 25; round++) {
      const bytes = flipped(random)
      const result = await loadWith(bytes)
      if (decodeFile(bookmarksFile, bytes).ok) continue
      expect(result.data).toEqual(backup)
      const aside = (await readdir(dir())).filter((name) => name.includes('.corrupt-'))
      expect(aside.length).toBeGreaterThan(0)
      expect(result.notices[0]).toMatchObject({ kind: 'damaged', file: 'bookmarks.json' })
      for (const name of aside) await writeFile(join(dir(), name), '') // keep the next round's names apart
    }
  })

  it('treats a file cut short at every offset as damage, and falls back to the backup', async () => {
    for (let offset = 0; offset < goodBytes.length; offset++) {
      const decoded = decodeFile(bookmarksFile, goodBytes.subarray(0, offset))
      expect(decoded.ok, `cut at ${offset} of ${goodBytes.length}`).toBe(false)
    }
    for (let offset = 0; offset < goodBytes.length; offset += 97) {
      const result = await loadWith(goodBytes.subarray(0, offset))
      expect(result.data).toEqual(backup)
      expect(codesOf(result.notices[0])[0]).toMatch(/^notice\.damaged\.(cutShort|notText)$/)
    }
  })

  it('treats a byte-order mark as damage, though the rest is intact', async () => {
    const result = await loadWith(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), goodBytes]))
    expect(result.data).toEqual(backup)
    expect(codesOf(result.notices[0])[0]).toBe('notice.damaged.byteOrderMark')
  })

  it('treats invalid UTF-8 as damage instead of reading it as U+FFFD', async () => {
    const bytes = Buffer.from(goodBytes)
    bytes[bytes.indexOf('Қ')] = 0xff
    const result = await loadWith(bytes)
    expect(result.data).toEqual(backup)
    expect(codesOf(result.notices[0])[0]).toBe('notice.damaged.notText')
    const aside = (await readdir(dir())).find((name) => name.includes('.corrupt-')) ?? ''
    expect(await readFile(join(dir(), aside))).toEqual(bytes)
  })

  it('treats two records with one id as damage in a checksummed file', async () => {
    const twice = { bookmarks: [sampleBookmark(1), sampleBookmark(1, { note: 'changed' })] }
    const result = await loadWith(Buffer.from(encodeFile(bookmarksFile, twice)))
    expect(result.data).toEqual(backup)
    expect(codesOf(result.notices[0])[0]).toBe('notice.damaged.duplicateIds')
  })

  it('merges duplicates found in a file from before checksums, keeping the newest, and says so', async () => {
    const older = sampleBookmark(1)
    const newer = sampleBookmark(1, { note: 'edited later', updatedAt: '2024-06-01T00:00:00.000Z' })
    const legacy = JSON.stringify({
      schemaVersion: 1,
      data: { bookmarks: [older, sampleBookmark(2), newer] }
    })
    const result = await loadWith(Buffer.from(legacy))
    expect(result.data.bookmarks).toEqual([newer, sampleBookmark(2)])
    expect(result.notices).toEqual([expect.objectContaining({ kind: 'merged-duplicates' })])
    expect(sentencesOf(result.notices[0])).toEqual([
      { code: 'notice.mergedDuplicates', params: { file: 'bookmarks.json', count: 1 } }
    ])
  })

  it('reads a file from before checksums and checksums it at the next save', async () => {
    await writeFile(join(dir(), 'bookmarks.json'), JSON.stringify({ schemaVersion: 1, data: good }))
    const store = new JsonFileStore(dir(), bookmarksFile)
    expect(await store.load()).toEqual({ data: good, notices: [] })
    await store.save(good)
    expect(await readFile(store.path, 'utf8')).toBe(encodeFile(bookmarksFile, good))
  })
})
