import * as v from 'valibot'
import { fail, ok, type Result } from '../../shared/result'
import { summarizeIssues } from '../storage/file-envelope'

/** Runs a schema on untrusted input and turns failure into an 'invalid-argument' error value. */
export function validate<T>(schema: v.GenericSchema<unknown, T>, input: unknown): Result<T> {
  const parsed = v.safeParse(schema, input)
  return parsed.success ? ok(parsed.output) : fail('invalid-argument', summarizeIssues(parsed.issues))
}
