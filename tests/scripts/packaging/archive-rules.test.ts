import { describe, expect, it } from 'vitest'
import { archiveProblems, sizeProblem } from '../../../scripts/package/archive-rules'

const EDITION = 'diplomatic-service-at-30'
const GOOD = [
  '/package.json',
  '/out/main/index.js',
  '/out/main/search-worker.js',
  '/out/main/chunks/protocol-iHqnRg2z.js',
  '/out/main/chunks/icon-h6nk8mN4.png',
  '/out/preload/index.js',
  '/out/renderer/index.html',
  '/out/renderer/assets/index-Cx2eZLEb.js',
  '/out/renderer/assets/index-2s5NLM7f.css',
  '/out/editions/catalog.json',
  `/out/editions/${EDITION}/edition.json`,
  `/out/editions/${EDITION}/search.json`,
  `/out/editions/${EDITION}/search-texts.txt`,
  `/out/editions/${EDITION}/search-positions.txt`,
  '/out/notices/third-party-notices.txt'
]

describe('what app.asar may hold', () => {
  it('accepts the built app, its notices and exactly the current editions', () => {
    expect(archiveProblems(GOOD, [EDITION])).toEqual([])
  })

  it('names each missing part: main, the worker, the preload, the renderer, an edition file', () => {
    const without = (file: string): string[] =>
      archiveProblems(
        GOOD.filter((f) => f !== file),
        [EDITION]
      )
    expect(without('/out/main/search-worker.js')).toEqual(['missing /out/main/search-worker.js'])
    expect(without('/out/preload/index.js')).toEqual(['missing /out/preload/index.js'])
    expect(without(`/out/editions/${EDITION}/search.json`)).toEqual([
      `missing /out/editions/${EDITION}/search.json`
    ])
    expect(archiveProblems(GOOD, [EDITION, 'second'])).toContain('missing /out/editions/second/edition.json')
  })

  it('refuses sources, maps, tests, edition sources, the benchmark, generated data and packages', () => {
    const problems = archiveProblems(
      [
        ...GOOD,
        '/out/main/index.js.map',
        '/src/main/index.ts',
        '/tests/main/x.test.js',
        '/resources/editions/x/edition.json',
        '/bench/run.js',
        '/.generated/sotu/edition.json',
        '/node_modules/lunr/lunr.js',
        `/out/editions/${EDITION}/stamp`
      ],
      [EDITION]
    )
    expect(problems).toEqual([
      '/out/main/index.js.map should not ship: a source map',
      '/src/main/index.ts should not ship: source code',
      '/tests/main/x.test.js should not ship: tests',
      '/resources/editions/x/edition.json should not ship: sources (edition or app)',
      '/bench/run.js should not ship: the benchmark',
      '/.generated/sotu/edition.json should not ship: generated benchmark data',
      '/node_modules/lunr/lunr.js should not ship: a package folder (main bundles its packages)',
      `/out/editions/${EDITION}/stamp is not part of the app`
    ])
  })

  it('refuses an edition that ships without a source', () => {
    const stale = ['edition.json', 'search.json', 'search-texts.txt'].map((f) => `/out/editions/removed/${f}`)
    expect(archiveProblems([...GOOD, ...stale], [EDITION])).toEqual([
      'edition removed ships but has no source'
    ])
  })

  it('keeps app.asar within 1.5 MB', () => {
    expect(sizeProblem(1_500_000)).toBeNull()
    expect(sizeProblem(1_500_001)).toBe('app.asar is 1500001 bytes, over the budget of 1500000')
  })
})
