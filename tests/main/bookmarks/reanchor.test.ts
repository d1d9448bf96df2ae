import { describe, expect, it } from 'vitest'
import { BookmarkService } from '../../../src/main/bookmarks/bookmark-service'
import type { ReanchorInput } from '../../../src/main/bookmarks/reanchor'
import type { BookmarkChange } from '../../../src/shared/bookmarks/change'
import { bookmarkArgs, EDITION_ID, fakeDeps } from '../../support/bookmark-factory'
import { loadEditionChapters, paragraphAt, type FixtureChapter } from '../../support/edition-fixture'
import {
  assemble,
  chapterTexts,
  reviseEdition,
  revisedPassage,
  sentences
} from '../../support/revised-edition'
import { useTempDir } from '../../support/temp-dir'

const dir = useTempDir()
const original = loadEditionChapters()

function inputFor(chapters: Map<string, FixtureChapter>): ReanchorInput {
  return {
    chapters: chapterTexts(chapters.values()),
    paragraphAt: (chapterId, offset) => {
      const chapter = chapters.get(chapterId)
      return chapter ? paragraphAt(chapter, offset) : undefined
    }
  }
}

async function bookmarkEverySentence() {
  const service = BookmarkService.inFolder(dir(), fakeDeps())
  await service.load()
  for (const chapter of original) {
    for (const sentence of sentences(chapter.text)) {
      const result = await service.add(
        bookmarkArgs(chapter, sentence.text, { note: `${chapter.id}: ${sentence.start}` })
      )
      expect(result.ok).toBe(true)
    }
  }
  return service
}

describe('BookmarkService.reanchor', () => {
  it('moves every bookmark to its revised passage and keeps removed ones as orphans', async () => {
    const service = await bookmarkEverySentence()
    const before = service.list({ editionId: EDITION_ID })
    const revised = reviseEdition(original)
    const result = await service.reanchor(EDITION_ID, inputFor(revised))
    if (!result.ok) throw new Error(result.error.reason.code)
    expect(result.value.orphaned).toBe(4)
    expect(result.value.recovered).toBe(0)
    expect(result.value.unchanged + result.value.moved + result.value.orphaned).toBe(before.length)

    const after = BookmarkService.inFolder(dir())
    await after.load()
    const byId = new Map(after.list({ editionId: EDITION_ID }).map((b) => [b.id, b]))
    // Nothing is dropped, and notes stay with their passages.
    expect(byId.size).toBe(before.length)
    for (const old of before) {
      const now = byId.get(old.id)
      const expected = revisedPassage(old.anchor.chapterId, old.anchor.quote.exact)
      expect(now?.note).toBe(old.note)
      if (expected === null) {
        expect(now?.status).toBe('orphaned')
        expect(now?.anchor).toEqual(old.anchor)
        continue
      }
      const chapter = revised.get(old.anchor.chapterId)
      expect(now?.status).toBe('anchored')
      expect(now?.anchor.quote.exact).toBe(expected)
      expect(chapter?.text.slice(now?.anchor.position.start, now?.anchor.position.end)).toBe(expected)
      // Paragraph ids follow the paragraphs, including the reordered ones.
      expect(now?.anchor.paragraphId).toBe(old.anchor.paragraphId)
    }
  })

  it('recovers orphans when their text comes back', async () => {
    const service = await bookmarkEverySentence()
    await service.reanchor(EDITION_ID, inputFor(reviseEdition(original)))
    const back = await service.reanchor(EDITION_ID, inputFor(new Map(original.map((c) => [c.id, c]))))
    expect(back).toEqual({
      ok: true,
      value: expect.objectContaining({ recovered: 4, orphaned: 0, orphanIds: [] })
    })
    expect(service.list({ editionId: EDITION_ID }).every((b) => b.status === 'anchored')).toBe(true)
  })

  it('follows a paragraph moved to another chapter', async () => {
    const service = BookmarkService.inFolder(dir(), fakeDeps())
    await service.load()
    const faiths = original.find((c) => c.id === 'faiths')
    const mediation = original.find((c) => c.id === 'mediation')
    if (!faiths || !mediation) throw new Error('fixture chapters missing')
    const added = await service.add(
      bookmarkArgs(faiths, 'Congress of Leaders of World and Traditional Religions')
    )
    if (!added.ok) throw new Error(added.error.reason.code)

    const para = (c: FixtureChapter, i: number) => ({
      id: c.paragraphs[i].id,
      text: c.text.slice(c.paragraphs[i].start, c.paragraphs[i].end)
    })
    const moved = new Map(original.map((c) => [c.id, c]))
    moved.set('faiths', assemble(faiths, [para(faiths, 0)]))
    moved.set(
      'mediation',
      assemble(mediation, [para(mediation, 0), para(faiths, 1), para(mediation, 1), para(mediation, 2)])
    )
    const result = await service.reanchor(EDITION_ID, inputFor(moved))
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ moved: 1, orphaned: 0 }) })
    const [now] = service.list({ editionId: EDITION_ID })
    expect(now.anchor).toMatchObject({ chapterId: 'mediation', paragraphId: 'faiths-2' })
    expect(moved.get('mediation')?.text.slice(now.anchor.position.start, now.anchor.position.end)).toBe(
      'Congress of Leaders of World and Traditional Religions'
    )
  })

  it('orphans the bookmarks of a chapter that no longer exists, keeping them', async () => {
    const service = BookmarkService.inFolder(dir(), fakeDeps())
    await service.load()
    await service.add(bookmarkArgs(original[0], 'On July 2, 1992'))
    const withoutFirst = new Map(original.slice(1).map((c) => [c.id, c]))
    const result = await service.reanchor(EDITION_ID, inputFor(withoutFirst))
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ orphaned: 1 }) })
    expect(service.list({ editionId: EDITION_ID })).toEqual([expect.objectContaining({ status: 'orphaned' })])
  })

  it('announces only bookmarks that changed, and writes nothing when none did', async () => {
    const service = await bookmarkEverySentence()
    const changes: BookmarkChange[] = []
    service.onChange((c) => changes.push(c))
    await service.reanchor(EDITION_ID, inputFor(new Map(original.map((c) => [c.id, c]))))
    expect(changes).toEqual([])
    await service.reanchor(EDITION_ID, inputFor(reviseEdition(original)))
    expect(changes).toHaveLength(1)
    expect(changes[0]).toMatchObject({ reason: 'reanchored', editionIds: [EDITION_ID] })
    expect(changes[0].bookmarkIds.length).toBeGreaterThan(4)
    expect(changes[0].bookmarkIds.length).toBeLessThan(service.list({ editionId: EDITION_ID }).length)
  })

  it('leaves other editions alone', async () => {
    const service = BookmarkService.inFolder(dir(), fakeDeps())
    await service.load()
    await service.add({ ...bookmarkArgs(original[0], 'On July 2, 1992'), editionId: 'other' })
    await service.reanchor(EDITION_ID, { chapters: new Map() })
    expect(service.list({ editionId: 'other' })).toEqual([expect.objectContaining({ status: 'anchored' })])
  })
})
