/**
 * The search worker thread: parses a (possibly 10 MB+) index and answers queries off main's event loop,
 * so the window never waits on JSON.parse or a slow query. Built as its own entry (see
 * electron.vite.config.ts).
 */
import { parentPort, workerData } from 'node:worker_threads'
import * as v from 'valibot'
import { ElshiFailure } from '../../../shared/result'
import { loadSearchService } from '../load-search'
import { WorkerDataSchema, WorkerRequestSchema, type WorkerReply } from './protocol'

const port = parentPort
if (!port) throw new Error('search-worker must run as a worker thread')
const send = (reply: WorkerReply): void => port.postMessage(reply)

const { editionDir } = v.parse(WorkerDataSchema, workerData)
loadSearchService(editionDir).then(
  (service) => {
    port.on('message', (raw: unknown) => {
      const parsed = v.safeParse(WorkerRequestSchema, raw)
      if (!parsed.success) return
      const request = parsed.output
      try {
        if (request.method === 'search')
          send({ kind: 'search', id: request.id, value: service.search(request.query, request.options) })
        else
          send({
            kind: 'highlights',
            id: request.id,
            value: service.highlights(request.chapterId, request.query, request.options)
          })
      } catch (error) {
        send({
          kind: 'failed',
          id: request.id,
          message: error instanceof Error ? error.message : String(error)
        })
      }
    })
    send({ kind: 'ready' })
  },
  (error: unknown) =>
    send({
      kind: 'load-failed',
      code: error instanceof ElshiFailure ? error.code : 'internal',
      message: error instanceof Error ? error.message : String(error)
    })
)
