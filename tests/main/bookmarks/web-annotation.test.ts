import { describe, expect, it } from 'vitest'
import { BookmarkService } from '../../../src/main/bookmarks/bookmark-service'
import {
  parseTargetSource,
  targetSource,
  toAnnotationCollection
} from '../../../src/main/bookmarks/web-annotation'
import type { Bookmark } from '../../../src/shared/bookmarks/schema'
import { bookmarkArgs, EDITION_ID, fakeDeps } from '../../support/bookmark-factory'
import { loadEditionChapters } from '../../support/edition-fixture'
import { useTempDir } from '../../support/temp-dir'

const dir = useTempDir()
const [founding, , borders] = loadEditionChapters()
const INSTALLED: ReadonlySet<string> = new Set([EDITION_ID])

async function serviceIn(folder: string) {
  const service = BookmarkService.inFolder(folder, fakeDeps())
  await service.load()
  return service
}

async function withBookmarks(): Promise<{ service: BookmarkService; bookmarks: Bookmark[] }> {
  const service = await serviceIn(dir())
  await service.add(bookmarkArgs(founding, 'On July 2, 1992', { note: 'The decrees', label: 'yellow' }))
  await service.add(bookmarkArgs(borders, 'Caspian Sea'))
  return { service, bookmarks: service.list({ editionId: EDITION_ID }) }
}

function exportJson(bookmarks: Bookmark[]): string {
  const ids = fakeDeps()
  return JSON.stringify(toAnnotationCollection(bookmarks, { label: 'Elshi bookmarks', newId: ids.newId }))
}

const numbered = (item: number) => ({ code: 'item.numbered', params: { item } })
const quoted = (quote: string) => ({ code: 'item.quoted', params: { quote } })
const because = (code: string) => ({ code, params: {} })

describe('Web Annotation export', () => {
  it('is an AnnotationCollection of Annotations with position and quote selectors', async () => {
    const { bookmarks } = await withBookmarks()
    const collection = toAnnotationCollection(bookmarks, {
      label: 'Elshi bookmarks',
      newId: fakeDeps().newId
    })
    expect(collection).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      label: 'Elshi bookmarks',
      total: 2,
      first: { type: 'AnnotationPage', startIndex: 0 }
    })
    expect(collection.id).toMatch(/^urn:uuid:/)
    const [noted, plain] = collection.first.items
    const [b1, b2] = bookmarks
    expect(noted).toEqual({
      id: `urn:uuid:${b1.id}`,
      type: 'Annotation',
      motivation: 'commenting',
      created: b1.createdAt,
      modified: b1.updatedAt,
      body: [
        { type: 'TextualBody', value: 'The decrees', format: 'text/plain', purpose: 'commenting' },
        { type: 'TextualBody', value: 'yellow', format: 'text/plain', purpose: 'tagging' }
      ],
      target: {
        source: 'elshi:diplomatic-service-at-30/founding',
        selector: [b1.anchor.position, b1.anchor.quote]
      },
      'elshi:paragraphId': 'founding-1',
      'elshi:status': 'anchored'
    })
    expect(plain.motivation).toBe('bookmarking')
    expect(plain).not.toHaveProperty('body')
    expect(plain.target.selector[1]).toEqual({
      ...b2.anchor.quote,
      type: 'TextQuoteSelector',
      exact: 'Caspian Sea'
    })
  })

  it('encodes ids in the target source so they split back unambiguously', () => {
    expect(parseTargetSource(targetSource('my/edition', 'ch 1'))).toEqual({
      editionId: 'my/edition',
      chapterId: 'ch 1'
    })
    expect(parseTargetSource('http://example.com/x')).toBeNull()
    expect(parseTargetSource('elshi:only-edition')).toBeNull()
    expect(parseTargetSource('elshi:%E0%A4%A/x')).toBeNull()
  })
})

describe('Web Annotation import', () => {
  it('brings the same bookmarks into a fresh profile', async () => {
    const { bookmarks } = await withBookmarks()
    const fresh = await serviceIn(`${dir()}/fresh-profile`)
    const result = await fresh.importWebAnnotations(exportJson(bookmarks), INSTALLED)
    expect(result).toEqual({
      ok: true,
      value: {
        report: { added: 2, skipped: [], rejected: [], unlisted: { skipped: 0, rejected: 0 } },
        editionIds: [EDITION_ID]
      }
    })
    expect(fresh.list({ editionId: EDITION_ID })).toEqual(bookmarks)
  })

  it('skips what is already there, and duplicates within the file', async () => {
    const { service, bookmarks } = await withBookmarks()
    const again = await service.importWebAnnotations(exportJson(bookmarks), INSTALLED)
    expect(again.ok && again.value.report).toEqual({
      added: 0,
      skipped: bookmarks.map((b, index) => ({
        index,
        item: { code: 'item.quoted', params: { quote: b.anchor.quote.exact } },
        reason: { code: 'item.existing', params: {} }
      })),
      rejected: [],
      unlisted: { skipped: 0, rejected: 0 }
    })
    const fresh = await serviceIn(`${dir()}/fresh-profile`)
    const twice = JSON.parse(exportJson([bookmarks[0], bookmarks[0]]))
    const result = await fresh.importWebAnnotations(JSON.stringify(twice), INSTALLED)
    expect(result.ok && result.value.report.skipped).toEqual([
      {
        index: 1,
        item: { code: 'item.quoted', params: { quote: bookmarks[0].anchor.quote.exact } },
        reason: { code: 'item.earlier', params: { item: 1 } }
      }
    ])
    expect(fresh.list({ editionId: EDITION_ID })).toHaveLength(1)
  })

  it('treats the same passage with a different note as a different bookmark', async () => {
    const { service, bookmarks } = await withBookmarks()
    const changed = exportJson([{ ...bookmarks[0], note: 'A second thought' }])
    const result = await service.importWebAnnotations(changed, INSTALLED)
    expect(result.ok && result.value.report.added).toBe(1)
    // Its exported id is taken, so it gets a new one instead of replacing the existing bookmark.
    const listed = service.list({ editionId: EDITION_ID })
    expect(listed).toHaveLength(3)
    expect(new Set(listed.map((b) => b.id)).size).toBe(3)
  })

  it('refuses malformed JSON and files that are not annotations, changing nothing', async () => {
    const { service, bookmarks } = await withBookmarks()
    const truncated = exportJson(bookmarks).slice(0, 100)
    expect(await service.importWebAnnotations(truncated, INSTALLED)).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'malformed-json' })
    })
    for (const notAnnotations of [
      '{"type":"Book"}',
      '42',
      'null',
      '{"type":"AnnotationCollection","first":"x"}'
    ]) {
      expect(await service.importWebAnnotations(notAnnotations, INSTALLED)).toEqual({
        ok: false,
        error: expect.objectContaining({ code: 'not-annotations' })
      })
    }
    expect(service.list({ editionId: EDITION_ID })).toEqual(bookmarks)
  })

  it('rejects bad items with their index and reason, and imports the good ones', async () => {
    const service = await serviceIn(dir())
    const good = {
      type: 'Annotation',
      target: {
        source: 'elshi:ed/ch',
        selector: { type: 'TextQuoteSelector', exact: 'a passage' }
      },
      body: { type: 'TextualBody', value: 'a note from another tool' }
    }
    const items = [
      null,
      'text',
      { ...good, type: 'Note' },
      { ...good, target: undefined },
      { ...good, target: { source: 'https://example.com/page', selector: good.target.selector } },
      { ...good, target: { source: 'elshi:ed/ch', selector: { type: 'TextQuoteSelector', exact: '' } } },
      { ...good, target: { source: 'elshi:ed/ch', selector: { type: 'CssSelector', value: 'p' } } },
      {
        ...good,
        body: { type: 'TextualBody', value: 'another note' },
        target: {
          source: 'elshi:ed/ch',
          selector: [good.target.selector, { type: 'TextPositionSelector', start: 9, end: 2 }]
        }
      },
      good
    ]
    const result = await service.importWebAnnotations(
      JSON.stringify({ type: 'AnnotationPage', items }),
      new Set(['ed'])
    )
    if (!result.ok) throw new Error(result.error.reason.code)
    expect(result.value.report.rejected).toEqual([
      { index: 0, item: numbered(1), reason: because('item.notAnnotation') },
      { index: 1, item: numbered(2), reason: because('item.notAnnotation') },
      { index: 2, item: quoted('a passage'), reason: because('item.notAnnotation') },
      { index: 3, item: numbered(4), reason: because('item.noTarget') },
      {
        index: 4,
        item: quoted('a passage'),
        reason: because('item.notElshi')
      },
      { index: 5, item: numbered(6), reason: because('item.emptyQuote') },
      { index: 6, item: numbered(7), reason: because('item.noQuote') }
    ])
    // An unusable position is only a hint: the quote still anchors the bookmark.
    expect(result.value.report.added).toBe(2)
    expect(service.list({ editionId: 'ed' })[1]).toMatchObject({
      editionId: 'ed',
      note: 'a note from another tool',
      label: null,
      anchor: {
        chapterId: 'ch',
        paragraphId: '',
        quote: { exact: 'a passage', prefix: '', suffix: '' },
        position: { start: 0, end: 9 }
      }
    })
  })

  it('imports 10,000 bookmarks in one write without blocking, and skips them all the second time', async () => {
    const service = await serviceIn(dir())
    const items = Array.from({ length: 10_000 }, (_, i) => ({
      id: `urn:uuid:00000000-0000-4000-9000-${String(i).padStart(12, '0')}`,
      type: 'Annotation',
      motivation: 'commenting',
      created: '2024-05-01T12:00:00Z',
      body: [{ type: 'TextualBody', value: `note ${i}`, purpose: 'commenting' }],
      target: {
        source: `elshi:${EDITION_ID}/founding`,
        selector: [
          { type: 'TextPositionSelector', start: i, end: i + 20 },
          { type: 'TextQuoteSelector', exact: `passage number ${i}`, prefix: 'before ', suffix: ' after' }
        ]
      }
    }))
    const json = JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      items
    })
    let writes = 0
    service.onChange(() => writes++)
    // Other work (another window's request) gets turns while the import runs.
    let turns = 0
    const other = setInterval(() => turns++, 0)
    const first = await service.importWebAnnotations(json, INSTALLED)
    clearInterval(other)
    expect(turns).toBeGreaterThanOrEqual(5)
    expect(first.ok && first.value.report.added).toBe(10_000)
    expect(writes).toBe(1)
    const reopened = await serviceIn(dir())
    expect(reopened.list({ editionId: EDITION_ID })).toHaveLength(10_000)
    const second = await reopened.importWebAnnotations(json, INSTALLED)
    // Counted, but only the first 200 listed: the report stays small.
    expect(second.ok && second.value.report.skipped).toHaveLength(200)
    expect(second.ok && second.value.report.unlisted).toEqual({ skipped: 9_800, rejected: 0 })
    expect(second.ok && second.value.report.added).toBe(0)
  }, 30_000)
})
