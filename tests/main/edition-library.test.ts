import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createEditionLibrary } from '../../src/main/edition/edition-library'

async function libraryWith(files: Record<string, string>): Promise<ReturnType<typeof createEditionLibrary>> {
  const dir = await mkdtemp(join(tmpdir(), 'elshi-library-'))
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true })
    await writeFile(join(dir, name), content)
  }
  return createEditionLibrary(dir)
}

const summary = { id: 'e', title: 'T', author: 'A', byline: 'B', language: 'en', editorsNote: 'N' }

describe('edition library', () => {
  it('explains a missing build instead of crashing', async () => {
    const library = await libraryWith({})
    await expect(library.listEditions()).rejects.toMatchObject({
      code: 'not-found',
      reason: { code: 'editionFileMissing', params: { file: 'catalog.json' } }
    })
  })

  it('rejects a damaged compiled edition with a message naming the file and the field', async () => {
    const library = await libraryWith({
      'catalog.json': JSON.stringify([summary]),
      'e/edition.json': JSON.stringify({
        formatVersion: 1,
        meta: { ...summary, toc: [] },
        chapters: [{ id: 'c' }]
      })
    })
    await expect(library.getEdition('e')).rejects.toMatchObject({
      code: 'internal',
      reason: { code: 'editionFileDamaged', params: { file: 'edition.json' } }
    })
  })

  it('rejects a compiled file that is not JSON', async () => {
    const library = await libraryWith({ 'catalog.json': '[{"id":' })
    await expect(library.listEditions()).rejects.toMatchObject({
      code: 'internal',
      reason: { code: 'editionFileDamaged', params: { file: 'catalog.json' } }
    })
  })
})
