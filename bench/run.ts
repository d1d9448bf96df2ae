/**
 * `npm run bench`: Elshi's search against a brute-force scan, naive Lunr and MiniSearch on the SOTU
 * edition (generated) and the bundled edition, in one Node process with the same queries. Prints a
 * table and where each target stands, and writes bench/results/<time>.json. Not a test: nothing here
 * fails the build.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as v from 'valibot'
import { buildEditions, EDITIONS_OUT, ROOT } from '../scripts/content/build-editions'
import { buildSotu, SOTU_ID } from '../scripts/sotu/build-sotu'
import { loadSearchService, SEARCH_FILE, TEXTS_FILE } from '../src/main/search/load-search'
import { createSearchService } from '../src/main/search/search-service'
import { ENGINE_NAMES, type EngineName } from './engines'
import { startEngineThread, type EngineThread } from './engine-thread'
import { KNOWN_ITEMS, meanReciprocalRank, rankOf } from './known-items'
import { pathologicalEdition, type Pathology } from './pathological'
import { QUERIES } from './queries'
import { mb, ms, percentile, table } from './stats'

/** Each query runs this many times per engine; its median is its time (robust to a shared CPU). */
const ROUNDS = 5
const WORK = join(ROOT, '.generated/bench')

interface Figures {
  engine: string
  buildMs: number
  rawBytes: number
  gzipBytes: number
  coldLoadMs: number
  memoryMb: number
  p50: number
  p95: number
  p99: number
  /** Elshi's cold load split into its steps, to show what limits it. */
  phases?: Record<string, number> | undefined
  /** The slowest queries (median ms each): p95 over 59 queries is the third slowest. */
  slowest: { query: string; ms: number }[]
}

function coldLoad(engine: string, path: string): Pick<Figures, 'phases'> & { ms: number; memoryMb: number } {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'bench/cold-load.ts'), engine, path],
    {
      cwd: ROOT,
      encoding: 'utf8'
    }
  )
  return v.parse(
    v.object({ ms: v.number(), memoryMb: v.number(), phases: v.optional(v.record(v.string(), v.number())) }),
    JSON.parse(out)
  )
}

interface Built {
  readonly thread: EngineThread
  readonly figures: Omit<Figures, 'p50' | 'p95' | 'p99' | 'slowest'>
}

async function build(engineName: EngineName, editionDir: string, editionId: string): Promise<Built> {
  const storedFile = join(WORK, editionId, `${engineName.replace(/\s/gu, '-')}.json`)
  const thread = await startEngineThread({
    engineName,
    editionFile: join(editionDir, 'edition.json'),
    storedFile
  })
  // Elshi loads what the app's search worker loads (search.json + texts, validated); the others their own JSON.
  const cold = coldLoad(engineName, engineName === 'Elshi' ? editionDir : storedFile)
  const figures = {
    engine: engineName,
    ...thread.built,
    coldLoadMs: cold.ms,
    memoryMb: cold.memoryMb,
    phases: cold.phases
  }
  return { thread, figures }
}

/**
 * Engines take turns on each query, so a busy moment of a shared machine hits them alike; a query's
 * time is the median of its runs, and the percentiles are over queries. Each engine runs in a thread
 * of its own (engine-worker.ts), as Elshi's search does in the app: no engine pays for another's garbage.
 */
async function timeQueries(built: readonly Built[]): Promise<Figures[]> {
  for (const { thread } of built) await thread.warm(QUERIES) // warm-up (JIT)
  const perQuery = built.map(() => [] as number[])
  for (const query of QUERIES) {
    const runs = built.map(() => [] as number[])
    for (let round = 0; round < ROUNDS; round++)
      for (const [i, { thread }] of built.entries()) runs[i]!.push(await thread.time(query))
    runs.forEach((times, i) =>
      perQuery[i]!.push(
        percentile(
          [...times].sort((a, b) => a - b),
          50
        )
      )
    )
  }
  await Promise.all(built.map(({ thread }) => thread.stop()))
  return built.map(({ figures }, i) => {
    const times = [...perQuery[i]!].sort((a, b) => a - b)
    const slowest = QUERIES.map((query, q) => ({ query, ms: perQuery[i]![q]! }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3)
    return {
      ...figures,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      p99: percentile(times, 99),
      slowest
    }
  })
}

function report(editionId: string, figures: readonly Figures[]): void {
  const elshi = figures.find((f) => f.engine === 'Elshi')!
  console.log(`\n## ${editionId}: ${QUERIES.length} queries, each the median of ${ROUNDS} runs\n`)
  console.log(
    table(
      [
        'engine',
        'build ms',
        'index MB',
        'gzip MB',
        'cold load ms',
        'memory MB',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        'p95 vs Elshi'
      ],
      figures.map((f) => [
        f.engine,
        ms(f.buildMs),
        mb(f.rawBytes),
        mb(f.gzipBytes),
        ms(f.coldLoadMs),
        f.memoryMb.toFixed(1),
        ms(f.p50),
        ms(f.p95),
        ms(f.p99),
        `${(f.p95 / elshi.p95).toFixed(1)}×`
      ])
    )
  )
  if (elshi.phases)
    console.log(
      `Elshi cold load: ${Object.entries(elshi.phases)
        .map(([step, time]) => `${step} ${ms(time)} ms`)
        .join(', ')}`
    )
  console.log(`Elshi slowest queries: ${slowestOf(elshi)}`)
}

const slowestOf = (figures: Figures): string =>
  figures.slowest.map(({ query, ms: time }) => `${query} ${ms(time)} ms`).join(', ')

/** For each target that can be missed, what bounds it, from this run's own figures. */
function limits(sotu: readonly Figures[], bytes: { search: number; texts: number }): Record<string, string> {
  const get = (name: string): Figures => sotu.find((f) => f.engine === name)!
  const elshi = get('Elshi')
  const phases = Object.entries(elshi.phases ?? {})
    .map(([step, time]) => `${step} ${ms(time)} ms`)
    .join(', ')
  const needed = (name: string, ratio: number): string =>
    `${name} p95 is ${ms(get(name).p95)} ms, so the target needs Elshi's third-slowest query ≤ ${ms(get(name).p95 / ratio)} ms`
  return {
    cold: `the load reads ${mb(bytes.search)} MB of search.json and ${mb(bytes.texts)} MB of texts; ${phases}. Read, decode and JSON.parse are linear in bytes, and on a shared CPU each step stretches with the load of other jobs.`,
    brute: `${needed('brute force', 5)}; Elshi's slowest: ${slowestOf(elshi)}. A query's cost is its postings, the typo scan (words sharing a first or second letter), phrases and proximity over at most 1,000 passages from the word positions, occurrence counts, the windowed snippets of at most 24 passages, and the answer's id and count for every matching passage (the stops of "n of m").`,
    naive: `${needed('naive Lunr', 20)}; Elshi's slowest: ${slowestOf(elshi)}.`
  }
}

interface Extra {
  readonly mrr: number
  readonly missedItems: string
  readonly felt: {
    p50: number
    p95: number
    max: number
    firstQueryMs: number
    samples: number
    answeredP50: number
    shownP50: number
  }
  readonly pathological: { edition: string; p50: number; p95: number; max: number; slowest: string }[]
}

function targets(
  sotu: readonly Figures[],
  bundled: readonly Figures[],
  limit: Record<string, string>,
  extra: Extra
): { target: string; met: boolean; figure: string; limit?: string }[] {
  const get = (set: readonly Figures[], name: string): Figures => set.find((f) => f.engine === name)!
  const elshi = get(sotu, 'Elshi')
  const brute = get(sotu, 'brute force').p95 / elshi.p95
  const naive = get(sotu, 'naive Lunr').p95 / elshi.p95
  const small = get(bundled, 'Elshi').p95
  return [
    {
      target: 'SOTU: Elshi p95 ≥ 5× faster than brute force',
      met: brute >= 5,
      figure: `${brute.toFixed(1)}×`,
      limit: limit['brute']
    },
    {
      target: 'SOTU: Elshi p95 ≥ 20× faster than naive Lunr',
      met: naive >= 20,
      figure: `${naive.toFixed(1)}×`,
      limit: limit['naive']
    },
    {
      target: 'SOTU: cold load ≤ 250 ms',
      met: elshi.coldLoadMs <= 250,
      figure: `${ms(elshi.coldLoadMs)} ms`,
      limit: limit['cold']
    },
    {
      target: 'bundled: Elshi p95 ≤ 1 ms',
      met: small <= 1,
      figure: `${ms(small)} ms`,
      limit: `Elshi's slowest on the bundled edition: ${slowestOf(get(bundled, 'Elshi'))}; each query also searches the editors' notes, and every note hit comes with its snippet.`
    },
    {
      target: 'SOTU known items: mean reciprocal rank ≥ 0.9',
      met: extra.mrr >= 0.9,
      figure: extra.mrr.toFixed(3),
      limit: `items not ranked first: ${extra.missedItems || 'none'}`
    },
    {
      target: 'felt latency (last keystroke → results painted, Chromium) p95 ≤ 50 ms',
      met: extra.felt.p95 <= 50,
      figure: `${ms(extra.felt.p95)} ms`,
      limit: `p50 ${ms(extra.felt.p50)} ms, max ${ms(extra.felt.max)} ms over ${extra.felt.samples} keystrokes; no debounce, the chapter's marks come after the paint; at the median the search answer arrives at ${ms(extra.felt.answeredP50)} ms (the harness's HTTP and main's search), the results are in the DOM at ${ms(extra.felt.shownP50)} ms (Vue's render) and the rest is waiting for the next frame.`
    },
    ...extra.pathological.map((p) => ({
      target: `${p.edition}: slowest search + highlights ≤ 100 ms`,
      met: p.max <= 100,
      figure: `${ms(p.max)} ms`,
      limit: `p50 ${ms(p.p50)} ms, p95 ${ms(p.p95)} ms; slowest: ${p.slowest}`
    }))
  ]
}

/** The known-item set on SOTU through the app's own loading: the rank of each right address, and MRR. */
async function knownItems(sotuDir: string): Promise<Pick<Extra, 'mrr' | 'missedItems'>> {
  const service = await loadSearchService(sotuDir)
  console.log(`\n## SOTU known items (${KNOWN_ITEMS.length} famous phrases, unquoted, many misspelled)\n`)
  const ranks = KNOWN_ITEMS.map(({ query, chapterId }) => {
    const rank = rankOf(service.search(query).groups, chapterId)
    console.log(`${String(rank ?? '–').padStart(3)}  ${query}  →  ${chapterId}`)
    return rank
  })
  const mrr = meanReciprocalRank(ranks)
  console.log(`mean reciprocal rank: ${mrr.toFixed(3)}`)
  const missedItems = KNOWN_ITEMS.filter((_, i) => ranks[i] !== 1)
    .map((item) => `${item.query} (rank ${ranks[KNOWN_ITEMS.indexOf(item)] ?? 'none'})`)
    .join(', ')
  return { mrr, missedItems }
}

const PATHOLOGICAL_QUERIES = [
  'treaty',
  'Semipalatinsk',
  '"foreign policy"',
  'foreign policy',
  'the',
  'trety',
  'semipal',
  'astana nuclear -border'
]

/** Search plus the open chapter's highlights (what the reader asks for) on the pathological editions. */
async function pathologicalFigures(): Promise<Extra['pathological']> {
  const figures: Extra['pathological'] = []
  for (const pathology of ['huge-paragraph', 'many-paragraphs'] satisfies Pathology[]) {
    process.stderr.write(`building the ${pathology} edition…\n`)
    const { edition, index } = await pathologicalEdition(pathology, join(WORK, 'pathological'))
    const service = createSearchService(edition, index)
    const chapterId = edition.chapters[0]!.id
    const once = (query: string): number => {
      const started = performance.now()
      service.search(query)
      service.highlights(chapterId, query)
      return performance.now() - started
    }
    PATHOLOGICAL_QUERIES.forEach(once)
    // A different query between runs, so the service's cache of the last query never answers.
    const times = PATHOLOGICAL_QUERIES.map((query) => {
      const runs = Array.from({ length: ROUNDS }, () => (once('x'), once(query))).sort((a, b) => a - b)
      return { query, ms: percentile(runs, 50) }
    })
    const sorted = times.map((t) => t.ms).sort((a, b) => a - b)
    const slowest = [...times].sort((a, b) => b.ms - a.ms)[0]!
    figures.push({
      edition: pathology,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      max: sorted.at(-1)!,
      slowest: `${slowest.query} ${ms(slowest.ms)} ms`
    })
  }
  console.log('\n## Pathological editions: search + highlights, median of 5 runs per query\n')
  console.log(
    table(
      ['edition', 'p50 ms', 'p95 ms', 'max ms', 'slowest'],
      figures.map((f) => [f.edition, ms(f.p50), ms(f.p95), ms(f.max), f.slowest])
    )
  )
  return figures
}

/** Builds the renderer and measures felt latency in Chromium (bench/felt-latency.ts, run by vitest). */
function feltFigures(): Extra['felt'] {
  process.stderr.write('building the renderer and measuring felt latency in Chromium…\n')
  execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'ignore' })
  const out = join(WORK, 'felt-latency.json')
  execFileSync('npx', ['vitest', 'run', '--config', 'bench/vitest.felt.mts'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, FELT_LATENCY_OUT: out }
  })
  const measured = v.parse(
    v.object({
      samples: v.array(v.number()),
      answered: v.array(v.number()),
      shown: v.array(v.number()),
      firstQueryMs: v.number()
    }),
    JSON.parse(readFileSync(out, 'utf8'))
  )
  const sorted = [...measured.samples].sort((a, b) => a - b)
  const median = (values: number[]): number =>
    percentile(
      [...values].sort((a, b) => a - b),
      50
    )
  const felt = {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? 0,
    firstQueryMs: measured.firstQueryMs,
    samples: sorted.length,
    answeredP50: median(measured.answered),
    shownP50: median(measured.shown)
  }
  console.log(
    `\n## Felt latency (bundled edition, Chromium, last keystroke → results painted)\n\n` +
      `p50 ${ms(felt.p50)} ms, p95 ${ms(felt.p95)} ms, max ${ms(felt.max)} ms over ${felt.samples} keystrokes; ` +
      `first query of a fresh window ${ms(felt.firstQueryMs)} ms\n` +
      `medians: search answer arrived ${ms(felt.answeredP50)} ms, results in the DOM ${ms(felt.shownP50)} ms, ` +
      `painted ${ms(felt.p50)} ms`
  )
  return felt
}

async function main(): Promise<void> {
  await buildEditions()
  const sotu = await buildSotu()
  const editions = [
    { id: SOTU_ID, dir: join(sotu.compiledDir, SOTU_ID) },
    { id: 'diplomatic-service-at-30', dir: join(EDITIONS_OUT, 'diplomatic-service-at-30') }
  ]
  const results: Record<string, Figures[]> = {}
  for (const edition of editions) {
    const built: Built[] = []
    for (const engineName of ENGINE_NAMES) {
      process.stderr.write(`building ${engineName} on ${edition.id}…\n`)
      built.push(await build(engineName, edition.dir, edition.id))
    }
    results[edition.id] = await timeQueries(built)
    report(edition.id, results[edition.id]!)
  }
  const sotuDir = editions[0]!.dir
  const bytes = {
    search: (await stat(join(sotuDir, SEARCH_FILE))).size,
    texts: (await stat(join(sotuDir, TEXTS_FILE))).size
  }
  const extra: Extra = {
    ...(await knownItems(sotuDir)),
    pathological: await pathologicalFigures(),
    felt: feltFigures()
  }
  const verdicts = targets(
    results[SOTU_ID]!,
    results['diplomatic-service-at-30']!,
    limits(results[SOTU_ID]!, bytes),
    extra
  )
  console.log('\n## Targets\n')
  for (const v of verdicts) {
    console.log(`${v.met ? 'MET   ' : 'MISSED'}  ${v.target}: ${v.figure}`)
    // What bounds a missed target, in this run's own figures.
    if (!v.met && v.limit) console.log(`        limited by: ${v.limit}`)
  }
  console.log('(On a shared CPU every figure moves; the ratios are measured side by side.)')
  await mkdir(join(ROOT, 'bench/results'), { recursive: true })
  const file = join(ROOT, 'bench/results', `bench-${new Date().toISOString().replace(/[:.]/gu, '-')}.json`)
  const json = JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      queries: QUERIES,
      results,
      extra,
      targets: verdicts
    },
    null,
    2
  )
  await writeFile(file, json)
  await writeFile(join(ROOT, 'bench/results/latest.json'), json)
  console.log(`\nWrote ${file}`)
}

void main()
