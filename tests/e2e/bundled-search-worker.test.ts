/**
 * The search worker as it ships: out/main/search-worker.js with lunr, lunr-languages and valibot bundled
 * into it (nothing from node_modules is in the archive). Russian must still be stemmed, which is the
 * part of lunr-languages a bundler could lose (it registers itself on the lunr object at run time).
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildEditions } from '../../scripts/content/build-editions'
import type { SearchEngine } from '../../src/main/search/search-engine'
import { startWorkerEngine } from '../../src/main/search/worker/worker-engine'
import { ROOT } from '../support/edition-paths'
import { FIXTURE_EDITIONS, paragraphIds } from '../support/fixture-search'

let root: string
let engine: SearchEngine

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'elshi-bundled-worker-'))
  await buildEditions(FIXTURE_EDITIONS, root)
  engine = await startWorkerEngine(
    { file: join(ROOT, 'out/main/search-worker.js') },
    join(root, 'russian-edition')
  )
})

afterAll(async () => {
  await engine?.close()
  await rm(root, { recursive: true, force: true })
})

describe('the bundled search worker', () => {
  it('stems Russian with the bundled lunr-languages: one form of a word finds the others', async () => {
    expect(paragraphIds(await engine.search('государство ')).sort()).toEqual(['politika-1', 'politika-2'])
    expect(paragraphIds(await engine.search('каспий'))).toEqual(['more-1'])
  })
})
