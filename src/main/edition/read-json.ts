/**
 * Reads a compiled JSON file and validates it, so a damaged or foreign file fails with a clear message.
 * The three steps are exported on their own for a caller that times them (search's load).
 */
import { reason } from '../../shared/i18n/reasons'
import { basename } from 'node:path'
import { readFile } from 'node:fs/promises'
import * as v from 'valibot'
import { ElshiFailure } from '../../shared/result'

export async function readCompiledFile(file: string): Promise<Buffer> {
  try {
    return await readFile(file)
  } catch {
    // Development builds make the files with "npm run content -- build"; the log says so.
    console.error(`[elshi] the edition file ${file} is missing (npm run content -- build makes it)`)
    throw new ElshiFailure('not-found', reason('editionFileMissing', { file: basename(file) }))
  }
}

export function parseCompiledJson(file: string, bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'))
  } catch {
    console.error(`[elshi] the edition file ${file} is not JSON`)
    throw new ElshiFailure('internal', reason('editionFileDamaged', { file: basename(file) }))
  }
}

export function validateCompiled<S extends v.GenericSchema>(
  file: string,
  json: unknown,
  schema: S
): v.InferOutput<S> {
  const result = v.safeParse(schema, json)
  if (!result.success) {
    const path = v.getDotPath(result.issues[0]) ?? '(root)'
    console.error(`[elshi] the edition file ${file} is damaged at "${path}": ${result.issues[0].message}`)
    throw new ElshiFailure('internal', reason('editionFileDamaged', { file: basename(file) }))
  }
  return result.output
}

export async function readValidatedJson<S extends v.GenericSchema>(
  file: string,
  schema: S
): Promise<v.InferOutput<S>> {
  return validateCompiled(file, parseCompiledJson(file, await readCompiledFile(file)), schema)
}
