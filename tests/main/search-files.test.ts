import { cp, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadSearchService, POSITIONS_FILE, SEARCH_FILE, TEXTS_FILE } from '../../src/main/search/load-search'
import { bundledSearch } from '../support/bundled-search'
import { BUNDLED_ID, COMPILED_EDITIONS } from '../support/edition-paths'
import { useTempDir } from '../support/temp-dir'

const dir = useTempDir('elshi-search-files-')

/** A copy of the bundled edition's compiled files with one of them edited. */
async function damaged(file: string, edit: (text: string) => string): Promise<string> {
  await cp(join(COMPILED_EDITIONS, BUNDLED_ID), dir(), { recursive: true })
  await writeFile(join(dir(), file), edit(await readFile(join(dir(), file), 'utf8')))
  return dir()
}

describe("an edition's search files", () => {
  it('load into a service that answers as the one built from the edition does', async () => {
    const loaded = await loadSearchService(join(COMPILED_EDITIONS, BUNDLED_ID))
    const { search } = await bundledSearch()
    for (const query of ['nuclear', '"foreign policy"', 'Kazakh', 'goverment -treaty'])
      expect(loaded.search(query)).toEqual(search.search(query))
  })

  it('refuse a search.json of the wrong shape, naming the file and the part', async () => {
    const edition = await damaged(SEARCH_FILE, (text) => text.replace('"postings":{', '"postings":{"x":1,'))
    await expect(loadSearchService(edition)).rejects.toMatchObject({
      code: 'internal',
      reason: { code: 'editionFileDamaged', params: { file: 'search.json' } }
    })
  })

  it('refuse texts that do not match the paragraphs search.json lists', async () => {
    const edition = await damaged(TEXTS_FILE, (text) => text.slice(0, -10))
    await expect(loadSearchService(edition)).rejects.toMatchObject({
      code: 'internal',
      reason: { code: 'editionFileDamaged', params: { file: 'search-texts.txt' } }
    })
  })

  it('refuse word positions that do not match the words search.json lists', async () => {
    const edition = await damaged(POSITIONS_FILE, (text) => text.slice(0, -3))
    await expect(loadSearchService(edition)).rejects.toMatchObject({
      code: 'internal',
      reason: { code: 'editionFileDamaged', params: { file: 'search-positions.txt' } }
    })
  })

  it('explain a missing texts file', async () => {
    const edition = await damaged(TEXTS_FILE, (text) => text)
    await rm(join(edition, TEXTS_FILE))
    await expect(loadSearchService(edition)).rejects.toMatchObject({ code: 'not-found' })
  })
})
