/**
 * Validates raw arguments against the contract and runs the handler, turning every failure into a
 * typed error value. The page never sees an exception, a stack trace or an unvalidated argument reach
 * a service.
 */
import { reason } from '../../shared/i18n/reasons'
import * as v from 'valibot'
import {
  argumentSchemas,
  type ContractHandlers,
  type ContractResults,
  type Method
} from '../../shared/contract'
import { ElshiFailure, fail, ok, type Result } from '../../shared/result'
import { truncate } from '../storage/file-envelope'

export async function invokeHandler<M extends Method>(
  handlers: ContractHandlers,
  method: M,
  rawArgs: unknown[]
): Promise<Result<ContractResults[M]>> {
  const parsed = v.safeParse(argumentSchemas[method], rawArgs)
  if (!parsed.success) {
    const issue = parsed.issues[0]
    const where = v.getDotPath(issue)
    // Validator messages quote what they received, which can be megabytes: only the log gets a little.
    console.warn(`[elshi] ${method}: refused ${where ?? 'its arguments'}: ${truncate(issue.message, 120)}`)
    return fail(
      'invalid-argument',
      reason('invalidRequest', { field: where ? `${method} ${where}` : method })
    )
  }
  try {
    return ok(await handlers[method](...parsed.output))
  } catch (error) {
    if (error instanceof ElshiFailure) return fail(error.code, error.reason)
    console.error(`[elshi] ${method} failed`, error)
    return fail('internal', reason('internal', {}))
  }
}
