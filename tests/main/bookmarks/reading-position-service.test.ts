import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ReadingPositionService } from '../../../src/main/bookmarks/reading-position-service'
import { fakeDeps } from '../../support/bookmark-factory'
import { useTempDir } from '../../support/temp-dir'

const dir = useTempDir()

async function open() {
  const service = ReadingPositionService.inFolder(dir(), { now: fakeDeps().now })
  const notices = await service.load()
  return { service, notices }
}

describe('ReadingPositionService', () => {
  it('has no position for an edition never opened', async () => {
    const { service, notices } = await open()
    expect(notices).toEqual([])
    expect(service.get('diplomatic-service-at-30')).toBeNull()
  })

  it('reopens where the reader left off, per edition, after a restart', async () => {
    const { service } = await open()
    await service.set({ editionId: 'a', chapterId: 'founding', paragraphId: 'founding-2' })
    await service.set({ editionId: 'b', chapterId: 'borders', paragraphId: 'borders-1' })
    await service.set({ editionId: 'a', chapterId: 'nuclear', paragraphId: 'nuclear-2' })
    const { service: reopened } = await open()
    expect(reopened.get('a')).toMatchObject({ chapterId: 'nuclear', paragraphId: 'nuclear-2' })
    expect(reopened.get('b')).toMatchObject({ chapterId: 'borders', paragraphId: 'borders-1' })
    expect(reopened.get('a')?.updatedAt).toMatch(/^2024-05-01T/)
  })

  it('keeps the newest of a burst of scroll updates', async () => {
    const { service } = await open()
    const updates = Array.from({ length: 50 }, (_, i) =>
      service.set({ editionId: 'a', chapterId: 'c', paragraphId: `p-${i}` })
    )
    const results = await Promise.all(updates)
    expect(results.every((r) => r.ok)).toBe(true)
    const { service: reopened } = await open()
    expect(reopened.get('a')?.paragraphId).toBe('p-49')
  })

  it('lives in its own file, so scrolling never rewrites the bookmarks', async () => {
    const { service } = await open()
    await service.set({ editionId: 'a', chapterId: 'c', paragraphId: 'p' })
    expect(await readdir(dir())).toEqual(['reading-positions.json'])
  })

  it('rejects an invalid position', async () => {
    const { service } = await open()
    const result = await service.set({ editionId: '', chapterId: 'c', paragraphId: 'p' })
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'invalid-argument' }) })
    expect(service.get('')).toBeNull()
  })

  it('sets a damaged file aside and starts over instead of failing', async () => {
    await writeFile(join(dir(), 'reading-positions.json'), '{"schemaVersion":1,"data":{"positions":[{')
    const { service, notices } = await open()
    expect(notices).toEqual([expect.objectContaining({ kind: 'damaged' })])
    expect(service.get('a')).toBeNull()
    await service.set({ editionId: 'a', chapterId: 'c', paragraphId: 'p' })
    const aside = (await readdir(dir())).find((name) => name.includes('.corrupt-'))
    expect(await readFile(join(dir(), aside ?? 'missing'), 'utf8')).toBe(
      '{"schemaVersion":1,"data":{"positions":[{'
    )
  })
})
