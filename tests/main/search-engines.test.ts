import lunr from 'lunr'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compileEdition } from '../../scripts/content/compile-edition'
import { chapterRanker } from '../../src/main/search/chapter-rank'
import { startWorkerEngine } from '../../src/main/search/worker/worker-engine'
import { ElshiFailure } from '../../src/shared/result'
import { BUNDLED_EDITION, BUNDLED_ID, COMPILED_EDITIONS, ROOT } from '../support/edition-paths'
import { bundledSearch } from '../support/bundled-search'

const TS_WORKER = { file: join(ROOT, 'tests/support/ts-search-worker.mjs') }

describe('chapter ranking', () => {
  it("gives the scores Lunr's own query gives, without running it", async () => {
    const { index } = await compileEdition(BUNDLED_EDITION)
    const lunrIndex = lunr.Index.load(index.lunr)
    const rank = chapterRanker(lunrIndex, 'terms')
    for (const terms of [['nuclear'], ['kazakhstan', 'polici'], ['caspian', 'border', 'treati']]) {
      const expected = lunrIndex.query((q) => {
        for (const term of terms) q.term(term, { usePipeline: false, fields: ['terms'] })
      })
      const scores = rank(terms)
      expect(scores.size, terms.join()).toBe(expected.length)
      for (const { ref, score } of expected) expect(scores.get(Number(ref))).toBeCloseTo(score, 9)
    }
  })
})

describe('the search worker thread', () => {
  it('answers exactly as the in-process service does', async () => {
    const engine = await startWorkerEngine(TS_WORKER, join(COMPILED_EDITIONS, BUNDLED_ID))
    try {
      const { search } = await bundledSearch()
      for (const query of ['Semipalatinsk', '"foreign policy"', 'goverment', 'nuclear -treaty'])
        expect(await engine.search(query)).toEqual(search.search(query))
      expect(await engine.highlights('nuclear', 'Semipalatinsk')).toEqual(
        search.highlights('nuclear', 'Semipalatinsk')
      )
    } finally {
      await engine.close()
    }
  }, 30_000)

  it('reports an edition that cannot be loaded as a typed failure', async () => {
    const failure = await startWorkerEngine(TS_WORKER, join(COMPILED_EDITIONS, 'no-such-edition')).catch(
      (error: unknown) => error
    )
    expect(failure).toBeInstanceOf(ElshiFailure)
    expect(failure).toMatchObject({ code: 'not-found' })
  }, 30_000)
})
