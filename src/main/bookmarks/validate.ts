import * as v from 'valibot'
import { fail, ok, type Result } from '../../shared/result'
import { reason } from '../../shared/i18n/reasons'

/** Runs a schema on untrusted input and turns failure into an 'invalid-argument' error value. */
export function validate<T>(schema: v.GenericSchema<unknown, T>, input: unknown): Result<T> {
  const parsed = v.safeParse(schema, input)
  if (parsed.success) return ok(parsed.output)
  return fail(
    'invalid-argument',
    reason('invalidRequest', { field: v.getDotPath(parsed.issues[0]) ?? 'value' })
  )
}
