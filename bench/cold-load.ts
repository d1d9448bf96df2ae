/**
 * Run in a fresh child process by bench/run.ts: loads one engine's stored index from disk and reports
 * the time to ready and the memory it holds, as a fresh app process would experience it.
 * Usage: tsx bench/cold-load.ts <engine> <file or edition dir>
 */
import { readFile } from 'node:fs/promises'
import lunr from 'lunr'
import MiniSearch from 'minisearch'
import { loadSearchService } from '../src/main/search/load-search'

/** Elshi's cold load split into the steps loadSearchService reports, to show what limits it. */
const phases: Record<string, number> = {}

async function load(engine: string, path: string): Promise<unknown> {
  if (engine === 'Elshi') {
    let last = performance.now()
    return loadSearchService(path, (step) => {
      const now = performance.now()
      phases[step] = now - last
      last = now
    })
  }
  const raw = await readFile(path, 'utf8')
  if (engine === 'naive Lunr') return lunr.Index.load(JSON.parse(raw))
  if (engine === 'MiniSearch') return MiniSearch.loadJSON(raw, { fields: ['text'] })
  return JSON.parse(raw)
}

async function main(): Promise<void> {
  const [engine = '', path = ''] = process.argv.slice(2)
  const before = process.memoryUsage()
  const started = performance.now()
  await load(engine, path)
  const ms = performance.now() - started
  const after = process.memoryUsage()
  const memoryMb = (after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers) / 2 ** 20
  process.stdout.write(JSON.stringify({ ms, memoryMb, phases: engine === 'Elshi' ? phases : undefined }))
}

void main()
