/**
 * Run in a fresh child process by bench/run.ts: loads one engine's stored index from disk and reports
 * the time to ready and the memory it holds, as a fresh app process would experience it.
 * Usage: tsx bench/cold-load.ts <engine> <file or edition dir>
 */
import { readFile } from 'node:fs/promises'
import lunr from 'lunr'
import MiniSearch from 'minisearch'
import { join } from 'node:path'
import * as v from 'valibot'
import { loadSearchService, SEARCH_FILE, TEXTS_FILE } from '../src/main/search/load-search'
import { ParagraphTexts } from '../src/main/search/paragraph-texts'
import { SearchFileSchema } from '../src/main/search/search-file'
import { searchServiceOf } from '../src/main/search/search-service'

/** Elshi's load split into its steps (the same steps loadSearchService takes), to show what limits it. */
async function elshiPhases(dir: string): Promise<Record<string, number>> {
  const phases: Record<string, number> = {}
  let last = performance.now()
  const lap = (step: string): void => {
    const now = performance.now()
    phases[step] = now - last
    last = now
  }
  const raw = await readFile(join(dir, SEARCH_FILE), 'utf8')
  const bytes = await readFile(join(dir, TEXTS_FILE))
  lap('read')
  const json: unknown = JSON.parse(raw)
  lap('JSON.parse')
  const file = v.parse(SearchFileSchema, json)
  lap('validate')
  const texts = ParagraphTexts.of(bytes, file.textBytes)
  lap('find texts')
  if (texts) searchServiceOf(file, texts)
  lap('build service')
  return phases
}

async function load(engine: string, path: string): Promise<unknown> {
  if (engine === 'Elshi') return loadSearchService(path)
  const raw = await readFile(path, 'utf8')
  if (engine === 'naive Lunr') return lunr.Index.load(JSON.parse(raw))
  if (engine === 'MiniSearch') return MiniSearch.loadJSON(raw, { fields: ['text'] })
  return JSON.parse(raw)
}

async function main(): Promise<void> {
  const [engine = '', path = ''] = process.argv.slice(2)
  const before = process.memoryUsage()
  const started = performance.now()
  const loaded = await load(engine, path)
  const ms = performance.now() - started
  const after = process.memoryUsage()
  const memoryMb = (after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers) / 2 ** 20
  const phases = engine === 'Elshi' && loaded ? await elshiPhases(path) : undefined
  process.stdout.write(JSON.stringify({ ms, memoryMb, phases }))
}

void main()
