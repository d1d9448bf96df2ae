/**
 * One engine in a thread of its own, as Elshi's search runs in the app's search worker: its own heap,
 * so the time of a query is that engine's work and its own garbage, never the collection of another
 * engine's (naive Lunr leaves megabytes per query). The thread builds the engine, writes what it
 * stores, then times each query it is sent with performance.now() around search() alone.
 */
import { readFile, mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'
import { gzipSync } from 'node:zlib'
import * as v from 'valibot'
import { CompiledEditionSchema } from '../src/shared/edition'
import { ENGINES } from './engines'
import { EngineRequestSchema, EngineWorkerDataSchema } from './engine-protocol'

const { engineName, editionFile, storedFile } = v.parse(EngineWorkerDataSchema, workerData)
const port = parentPort!
const engine = ENGINES[engineName]()

async function build(): Promise<void> {
  const edition = v.parse(CompiledEditionSchema, JSON.parse(await readFile(editionFile, 'utf8')))
  const started = performance.now()
  const stored = engine.build(edition)
  const buildMs = performance.now() - started
  await mkdir(dirname(storedFile), { recursive: true })
  await writeFile(storedFile, stored)
  port.postMessage({ buildMs, rawBytes: Buffer.byteLength(stored), gzipBytes: gzipSync(stored).length })
}

port.on('message', (message: unknown) => {
  const request = v.parse(EngineRequestSchema, message)
  if (request.kind === 'warm') {
    for (const query of request.queries) engine.search(query)
    port.postMessage({ ms: 0 })
    return
  }
  engine.forget?.()
  const started = performance.now()
  engine.search(request.query)
  port.postMessage({ ms: performance.now() - started })
})

void build()
