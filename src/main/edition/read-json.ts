/**
 * Reads a compiled JSON file and validates it, so a damaged or foreign file fails with a clear message.
 * The three steps are exported on their own for a caller that times them (search's load).
 */
import { readFile } from 'node:fs/promises'
import * as v from 'valibot'
import { ElshiFailure } from '../../shared/result'

export async function readCompiledFile(file: string): Promise<Buffer> {
  try {
    return await readFile(file)
  } catch {
    throw new ElshiFailure(
      'not-found',
      `The edition file ${file} is missing. Run "npm run content -- build".`
    )
  }
}

export function parseCompiledJson(file: string, bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'))
  } catch {
    throw new ElshiFailure('internal', `The edition file ${file} is damaged (not JSON).`)
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
    throw new ElshiFailure(
      'internal',
      `The edition file ${file} is damaged at "${path}": ${result.issues[0].message}`
    )
  }
  return result.output
}

export async function readValidatedJson<S extends v.GenericSchema>(
  file: string,
  schema: S
): Promise<v.InferOutput<S>> {
  return validateCompiled(file, parseCompiledJson(file, await readCompiledFile(file)), schema)
}
