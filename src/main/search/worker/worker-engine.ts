/**
 * Main's side of the search worker: starts it, resolves once the index is loaded, and matches replies
 * to requests by id. A worker that dies fails its pending requests instead of leaving them hanging.
 */
import { Worker } from 'node:worker_threads'
import * as v from 'valibot'
import { ElshiFailure, type ErrorCode } from '../../../shared/result'
import type { ChapterHighlights, SearchResults } from '../../../shared/search'
import type { SearchEngine } from '../search-engine'
import { WorkerReplySchema, type WorkerRequest } from './protocol'
import { reason } from '../../../shared/i18n/reasons'
import { SEARCH_FILE } from '../load-search'

export interface WorkerEntry {
  /** The built worker script (out/main/search-worker.js), or the .ts source with a loader in execArgv. */
  readonly file: string
  readonly execArgv?: readonly string[]
}

/** A request without its id (distributes over the union, which a plain Omit would collapse). */
type WorkerCall = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never

interface Pending {
  readonly resolve: (
    reply: { kind: 'search'; value: SearchResults } | { kind: 'highlights'; value: ChapterHighlights }
  ) => void
  readonly reject: (error: Error) => void
}

const ERROR_CODES: readonly ErrorCode[] = [
  'invalid-argument',
  'not-found',
  'forbidden',
  'not-ready',
  'internal'
]
const asCode = (code: string): ErrorCode => ERROR_CODES.find((known) => known === code) ?? 'internal'

export function startWorkerEngine(entry: WorkerEntry, editionDir: string): Promise<SearchEngine> {
  const worker = new Worker(entry.file, { workerData: { editionDir }, execArgv: [...(entry.execArgv ?? [])] })
  const pending = new Map<number, Pending>()
  let nextId = 1
  let failure: Error | null = null

  const request = (message: WorkerCall): Promise<Parameters<Pending['resolve']>[0]> =>
    new Promise((resolve, reject) => {
      if (failure) return reject(failure)
      const id = nextId++
      pending.set(id, { resolve, reject })
      worker.postMessage({ ...message, id })
    })

  const engine: SearchEngine = {
    async search(query, options) {
      const reply = await request({ method: 'search', query, ...(options ? { options } : {}) })
      if (reply.kind !== 'search') throw new Error('search worker answered the wrong request')
      return reply.value
    },
    async highlights(chapterId, query, options) {
      const reply = await request({ method: 'highlights', chapterId, query, ...(options ? { options } : {}) })
      if (reply.kind !== 'highlights') throw new Error('search worker answered the wrong request')
      return reply.value
    },
    close: async () => void (await worker.terminate())
  }

  return new Promise((resolveReady, rejectReady) => {
    const die = (error: Error): void => {
      failure = error
      for (const waiting of pending.values()) waiting.reject(error)
      pending.clear()
      rejectReady(error)
    }
    worker.on('error', die)
    worker.on('exit', (code) => die(new Error(`the search worker stopped (exit code ${code})`)))
    worker.on('message', (raw: unknown) => {
      const parsed = v.safeParse(WorkerReplySchema, raw)
      if (!parsed.success) return
      const reply = parsed.output
      if (reply.kind === 'ready') return resolveReady(engine)
      if (reply.kind === 'load-failed') {
        // Loading fails only on the edition's search files (missing or damaged); the log has the detail.
        console.error(`[elshi] the search worker could not load: ${reply.message}`)
        const code = asCode(reply.code)
        const file = { file: SEARCH_FILE }
        const why =
          code === 'not-found' ? reason('editionFileMissing', file) : reason('editionFileDamaged', file)
        rejectReady(new ElshiFailure(code, why))
        void worker.terminate()
        return
      }
      const waiting = pending.get(reply.id)
      pending.delete(reply.id)
      if (reply.kind === 'failed') waiting?.reject(new Error(reply.message))
      else waiting?.resolve(reply)
    })
  })
}
