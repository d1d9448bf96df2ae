import { describe, expect, it } from 'vitest'
import { fixtureSearch, markedInSnippets, paragraphIds } from '../support/fixture-search'

describe('languages', () => {
  it('stems Russian with lunr-languages: one form of a word finds the others', async () => {
    const { search } = await fixtureSearch('russian-edition')
    expect(paragraphIds(search.search('государство ')).sort()).toEqual(['politika-1', 'politika-2'])
    expect(markedInSnippets(search.search('политика '))).toEqual(['политика', 'политики'])
    expect(paragraphIds(search.search('"внешняя политика"'))).toEqual(['politika-1'])
    expect(paragraphIds(search.search('каспий'))).toEqual(['more-1'])
    expect(search.search('переговров ').notice?.kind).toBe('corrected')
    expect(search.search('и ').notice?.kind).toBe('common-words')
  })

  it('keeps Kazakh (no stemmer) searchable by whole words and prefixes', async () => {
    const { search } = await fixtureSearch('kazakh-edition')
    expect(paragraphIds(search.search('Қазақстан ')).sort()).toEqual(['diplomatiya-3'])
    expect(paragraphIds(search.search('қазақст')).sort()).toEqual(['diplomatiya-1', 'diplomatiya-3'])
    expect(markedInSnippets(search.search('семей'))).toEqual(['Семей'])
    expect(paragraphIds(search.search('"сыртқы саясат"'))).toEqual(['diplomatiya-2'])
  })

  it('never drops Cyrillic words from an English edition', async () => {
    const { search } = await fixtureSearch('english-search')
    expect(search.search('Қазақстан').notice).toEqual({ kind: 'no-results' })
    const { search: bundled } = await fixtureSearch('kazakh-edition')
    expect(bundled.search('ядролық').totalHits).toBe(1)
  })
})
