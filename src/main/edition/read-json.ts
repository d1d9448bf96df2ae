/** Reads a compiled JSON file and validates it, so a damaged or foreign file fails with a clear message. */
import { readFile } from 'node:fs/promises'
import * as v from 'valibot'
import { ElshiFailure } from '../../shared/result'

export async function readValidatedJson<S extends v.GenericSchema>(
  file: string,
  schema: S
): Promise<v.InferOutput<S>> {
  let raw: string
  try {
    raw = await readFile(file, 'utf8')
  } catch {
    throw new ElshiFailure(
      'not-found',
      `The edition file ${file} is missing. Run "npm run content -- build".`
    )
  }
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    throw new ElshiFailure('internal', `The edition file ${file} is damaged (not JSON).`)
  }
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
