import { readFileSync } from 'node:fs'
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BookmarkService } from '../../../src/main/bookmarks/bookmark-service'
import type { BookmarkChange } from '../../../src/shared/bookmarks/change'
import type { Bookmark } from '../../../src/shared/bookmarks/schema'
import { bookmarkArgs, EDITION_ID, fakeDeps } from '../../support/bookmark-factory'
import { loadEditionChapters } from '../../support/edition-fixture'
import { useTempDir } from '../../support/temp-dir'

const dir = useTempDir()
const [founding, multiVector] = loadEditionChapters()

async function openService() {
  const service = BookmarkService.inFolder(dir(), fakeDeps())
  const notices = await service.load()
  return { service, notices }
}

function value<T>(
  result: { ok: true; value: T } | { ok: false; error: { code: string; reason: { code: string } } }
): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.reason.code}`)
  return result.value
}

describe('BookmarkService', () => {
  it('adds a bookmark with note and label, and it is there after a restart', async () => {
    const { service } = await openService()
    const added = value(
      await service.add(
        bookmarkArgs(founding, 'predictable, reasonable, and responsible actor', {
          note: 'Key claim',
          label: 'yellow'
        })
      )
    )
    expect(added).toMatchObject({
      editionId: EDITION_ID,
      note: 'Key claim',
      label: 'yellow',
      status: 'anchored',
      anchor: {
        chapterId: 'founding',
        paragraphId: 'founding-3',
        quote: { exact: 'predictable, reasonable, and responsible actor' }
      }
    })
    expect(added.createdAt).toBe(added.updatedAt)
    const { service: reopened, notices } = await openService()
    expect(notices).toEqual([])
    expect(reopened.list({ editionId: EDITION_ID })).toEqual([added])
  })

  it('defaults to no note and no label', async () => {
    const { service } = await openService()
    const added = value(await service.add(bookmarkArgs(founding, 'On July 2, 1992')))
    expect(added).toMatchObject({ note: '', label: null })
  })

  it('rejects invalid arguments without writing anything', async () => {
    const { service } = await openService()
    const args = bookmarkArgs(founding, 'On July 2, 1992')
    const bad = await service.add({
      ...args,
      anchor: { ...args.anchor, quote: { ...args.anchor.quote, exact: '' } }
    })
    expect(bad).toEqual({ ok: false, error: expect.objectContaining({ code: 'invalid-argument' }) })
    // @ts-expect-error: a payload the renderer's types forbid but a compromised renderer could send
    const badLabel = await service.add({ ...args, label: 'chartreuse' })
    expect(badLabel.ok).toBe(false)
    await expect(readFile(join(dir(), 'bookmarks.json'), 'utf8')).rejects.toThrow()
    expect(service.list({ editionId: EDITION_ID })).toEqual([])
  })

  it('edits the note and the label, keeping the creation time', async () => {
    const { service } = await openService()
    const added = value(await service.add(bookmarkArgs(founding, 'On July 2, 1992', { label: 'blue' })))
    const noted = value(await service.update({ id: added.id, note: 'The founding decrees' }))
    expect(noted).toMatchObject({ note: 'The founding decrees', label: 'blue', createdAt: added.createdAt })
    expect(noted.updatedAt > added.updatedAt).toBe(true)
    const unlabelled = value(await service.update({ id: added.id, label: null }))
    expect(unlabelled).toMatchObject({ note: 'The founding decrees', label: null })
    const { service: reopened } = await openService()
    expect(reopened.list({ editionId: EDITION_ID })).toEqual([unlabelled])
  })

  it('reports not-found for an unknown id', async () => {
    const { service } = await openService()
    const missing = '00000000-0000-4000-8000-999999999999'
    expect(await service.update({ id: missing, note: 'x' })).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'not-found' })
    })
    expect(await service.remove({ id: missing })).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'not-found' })
    })
  })

  it('undoes a delete by restoring the removed record unchanged', async () => {
    const { service } = await openService()
    const added = value(
      await service.add(bookmarkArgs(founding, 'On July 2, 1992', { note: 'n', label: 'green' }))
    )
    const removed = value(await service.remove({ id: added.id }))
    expect(removed).toEqual(added)
    expect(service.list({ editionId: EDITION_ID })).toEqual([])
    expect(value(await service.restore(removed))).toEqual(added)
    expect(await service.restore(removed)).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'already-exists' })
    })
    const { service: reopened } = await openService()
    expect(reopened.list({ editionId: EDITION_ID })).toEqual([added])
  })

  it('keeps editions apart', async () => {
    const { service } = await openService()
    await service.add(bookmarkArgs(founding, 'On July 2, 1992'))
    await service.add({ ...bookmarkArgs(founding, 'Since then'), editionId: 'another-edition' })
    expect(service.list({ editionId: EDITION_ID })).toHaveLength(1)
    expect(service.list({ editionId: 'another-edition' })).toHaveLength(1)
    expect(service.all()).toHaveLength(2)
  })

  it('loses none of many concurrent changes', async () => {
    const { service } = await openService()
    const phrases = founding.text
      .split(' ')
      .filter((w) => w.length > 6)
      .slice(0, 25)
    const results = await Promise.all(phrases.map((p) => service.add(bookmarkArgs(founding, p))))
    expect(results.every((r) => r.ok)).toBe(true)
    const { service: reopened } = await openService()
    expect(reopened.list({ editionId: EDITION_ID })).toHaveLength(phrases.length)
  })

  it('announces each change only after it is on disk', async () => {
    const { service } = await openService()
    const file = join(dir(), 'bookmarks.json')
    const seen: { change: BookmarkChange; onDisk: string }[] = []
    const stop = service.onChange((change) => {
      seen.push({ change, onDisk: readFileSync(file, 'utf8') })
    })
    service.onChange(() => {
      throw new Error('a broken listener')
    })
    const added = value(await service.add(bookmarkArgs(founding, 'On July 2, 1992')))
    expect(seen[0]?.onDisk).toContain(added.id)
    expect(seen.map((s) => s.change)).toEqual([
      { reason: 'added', editionIds: [EDITION_ID], bookmarkIds: [added.id] }
    ])
    await service.update({ id: added.id, note: 'x' })
    await service.remove({ id: added.id })
    expect(seen.map((s) => s.change.reason)).toEqual(['added', 'updated', 'removed'])
    stop()
    await service.add(bookmarkArgs(multiVector, multiVector.text.slice(0, 20)))
    expect(seen).toHaveLength(3)
  })

  it('changes nothing and says so when the file cannot be written', async () => {
    await mkdir(join(dir(), 'bookmarks.json'))
    const { service, notices } = await openService()
    expect(notices.map((n) => n.kind)).toEqual(['read-only'])
    const result = await service.add(bookmarkArgs(founding, 'On July 2, 1992'))
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'read-only' }) })
    expect(service.list({ editionId: EDITION_ID })).toEqual([])
  })

  it('restores the records in the same shape they were written', async () => {
    const { service } = await openService()
    const added: Bookmark = value(await service.add(bookmarkArgs(founding, 'Since then')))
    const raw: unknown = JSON.parse(await readFile(join(dir(), 'bookmarks.json'), 'utf8'))
    expect(raw).toEqual({
      schemaVersion: 1,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      data: { bookmarks: [added] }
    })
  })
})
