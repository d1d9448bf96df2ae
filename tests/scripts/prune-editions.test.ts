import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { buildEditions } from '../../scripts/content/build-editions'
import { FIXTURE_EDITIONS } from '../support/fixture-search'

const made: string[] = []
afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true })
})

describe('content build: editions without a source', () => {
  it('removes a compiled edition from out/ once its source folder is gone, so it never ships', async () => {
    const root = await mkdtemp(join(tmpdir(), 'elshi-prune-'))
    made.push(root)
    const source = join(root, 'editions')
    const out = join(root, 'out')
    for (const id of ['tiny-edition', 'kazakh-edition'])
      await cp(join(FIXTURE_EDITIONS, id), join(source, id), { recursive: true })
    await buildEditions(source, out)
    const ids = async (): Promise<string[]> =>
      (await readdir(out, { withFileTypes: true }))
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort()
    expect(await ids()).toEqual(['kazakh-edition', 'tiny-edition'])

    await rm(join(source, 'kazakh-edition'), { recursive: true })
    await buildEditions(source, out)
    const catalog: unknown = JSON.parse(await readFile(join(out, 'catalog.json'), 'utf8'))
    expect(await ids()).toEqual(['tiny-edition'])
    expect(JSON.stringify(catalog)).not.toContain('kazakh-edition')
  })
})
