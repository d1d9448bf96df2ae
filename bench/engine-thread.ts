/** The parent's side of an engine's thread: start it (it builds), then ask it to time queries. */
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import * as v from 'valibot'
import { BuiltSchema, TimedSchema, type EngineRequest, type EngineWorkerData } from './engine-protocol'

export interface EngineThread {
  readonly built: v.InferOutput<typeof BuiltSchema>
  /** The time of one search, measured in the thread. */
  time(query: string): Promise<number>
  warm(queries: readonly string[]): Promise<void>
  stop(): Promise<void>
}

function next<T>(worker: Worker, schema: v.GenericSchema<unknown, T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const fail = (error: Error): void => {
      worker.off('message', take)
      reject(error)
    }
    const take = (message: unknown): void => {
      worker.off('error', fail)
      resolve(v.parse(schema, message))
    }
    worker.once('message', take)
    worker.once('error', fail)
  })
}

export async function startEngineThread(data: EngineWorkerData): Promise<EngineThread> {
  const worker = new Worker(join(__dirname, 'engine-worker.mjs'), { workerData: data })
  const built = await next(worker, BuiltSchema)
  const ask = async (request: EngineRequest): Promise<number> => {
    const answer = next(worker, TimedSchema)
    worker.postMessage(request)
    return (await answer).ms
  }
  return {
    built,
    time: (query) => ask({ kind: 'time', query }),
    warm: async (queries) => void (await ask({ kind: 'warm', queries: [...queries] })),
    stop: async () => void (await worker.terminate())
  }
}
