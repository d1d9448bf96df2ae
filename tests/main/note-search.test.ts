import { beforeAll, describe, expect, it } from 'vitest'
import type { SearchService } from '../../src/main/search/search-service'
import { bundledSearch } from '../support/bundled-search'

let search: SearchService
beforeAll(async () => ({ search } = await bundledSearch()))

describe('searching the editors’ notes', () => {
  it('finds a name only the notes mention, saying the hit is in a note and where it leads', () => {
    const results = search.search('Nazarbayev')
    expect(results.totalHits).toBe(0)
    expect(results.groups).toEqual([])
    expect(results.notice).toBeNull()
    const hit = results.noteHits?.find((h) => h.annotationId === 'nursultan-nazarbayev')
    expect(hit).toMatchObject({ source: 'note', chapterId: 'founding', paragraphId: 'founding-1' })
    const { text, highlights } = hit!.snippet
    expect(highlights.map((r) => text.slice(r.start, r.end))).toEqual(['Nazarbayev'])
  })

  it('keeps note hits apart from the passages of the text, which it counts alone', () => {
    const results = search.search('Semipalatinsk')
    expect(results.totalHits).toBe(2)
    expect(results.groups.flatMap((g) => g.hits).every((h) => h.source === undefined)).toBe(true)
    expect(results.noteHits?.map((h) => h.annotationId)).toContain('canwfz')
    expect(results.noteHits?.every((h) => h.source === 'note')).toBe(true)
  })

  it('does not index a note that is anchored nowhere, since it has no passage to open', () => {
    expect(search.search('Tileuberdi').noteHits?.map((h) => h.annotationId)).not.toContain(
      'mukhtar-tileuberdi'
    )
  })
})
