import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { BookmarkService } from '../../../src/main/bookmarks/bookmark-service'
import { showDataFile } from '../../../src/main/user-data/desktop'
import type { BookmarkChange } from '../../../src/shared/bookmarks/change'
import type { Result } from '../../../src/shared/result'
import { bookmarkArgs, fakeDeps } from '../../support/bookmark-factory'
import { loadEditionChapters } from '../../support/edition-fixture'
import { useTempDir } from '../../support/temp-dir'

const dir = useTempDir('elshi-restore-')
const founding = loadEditionChapters()[0]!

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.reason.code}`)
  return result.value
}

async function openService() {
  const service = BookmarkService.inFolder(dir(), fakeDeps())
  await service.load()
  return service
}

describe('restoring a saved version of the bookmarks', () => {
  it('lists current, backup and history with counts, restores one, and the restore is undoable', async () => {
    const service = await openService()
    const a = value(await service.add(bookmarkArgs(founding, 'On July 2, 1992')))
    const b = value(
      await service.add(bookmarkArgs(founding, 'predictable, reasonable, and responsible actor'))
    )
    const versions = await service.listVersions()
    expect(versions.map((v) => [v.kind, v.count])).toEqual([
      ['current', 2],
      ['backup', 1],
      ['history', 1]
    ])

    const changes: BookmarkChange[] = []
    service.onChange((c) => changes.push(c))
    const history = versions.find((v) => v.kind === 'history')
    const restored = value(await service.restoreVersion(history?.id ?? ''))
    expect(restored.restored).toBe(1)
    expect(service.all().map((x) => x.id)).toEqual([a.id])
    expect(changes).toEqual([expect.objectContaining({ reason: 'restored', editionIds: [a.editionId] })])

    // What was replaced is listed too, and restoring it undoes the restore.
    expect((await service.listVersions()).find((v) => v.id === restored.undoId)).toMatchObject({ count: 2 })
    value(await service.restoreVersion(restored.undoId))
    expect(service.all().map((x) => x.id)).toEqual([a.id, b.id])
    const reopened = BookmarkService.inFolder(dir())
    await reopened.load()
    expect(reopened.all().map((x) => x.id)).toEqual([a.id, b.id])
  })

  it('offers a damaged file for what it is, and restores only versions it listed and can read', async () => {
    await writeFile(join(dir(), 'bookmarks.json'), '{"schemaVersion":1,"data":{"bookm')
    const service = await openService()
    const damaged = (await service.listVersions()).find((v) => v.kind === 'damaged')
    expect(damaged).toMatchObject({ readable: false, count: null })
    for (const id of [damaged?.id ?? '', '../../etc/passwd', 'history/nothing-here'])
      expect(await service.restoreVersion(id)).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })
})

describe('Show in folder', () => {
  it('shows a file of the data folder by name, and nothing outside it', async () => {
    await writeFile(join(dir(), 'bookmarks.json.corrupt-x'), 'kept')
    const desktop = { showItemInFolder: vi.fn() }
    expect(await showDataFile(desktop, dir(), 'bookmarks.json.corrupt-x')).toBe(true)
    expect(desktop.showItemInFolder).toHaveBeenCalledWith(join(dir(), 'bookmarks.json.corrupt-x'))
    expect(await showDataFile(desktop, dir(), '../elsewhere')).toBe(false)
    expect(await showDataFile(desktop, dir(), 'gone.json')).toBe(false)
    expect(desktop.showItemInFolder).toHaveBeenCalledTimes(1)
  })
})
