/** What the benchmark's parent and an engine's thread (engine-worker.ts) say to each other. */
import * as v from 'valibot'
import { ENGINE_NAMES } from './engines'

export const EngineWorkerDataSchema = v.object({
  engineName: v.picklist(ENGINE_NAMES),
  editionFile: v.string(),
  storedFile: v.string()
})
export type EngineWorkerData = v.InferOutput<typeof EngineWorkerDataSchema>

export const EngineRequestSchema = v.variant('kind', [
  v.object({ kind: v.literal('warm'), queries: v.array(v.string()) }),
  v.object({ kind: v.literal('time'), query: v.string() })
])
export type EngineRequest = v.InferOutput<typeof EngineRequestSchema>

export const BuiltSchema = v.object({ buildMs: v.number(), rawBytes: v.number(), gzipBytes: v.number() })
export const TimedSchema = v.object({ ms: v.number() })
