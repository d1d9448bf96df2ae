import { ElshiFailure, type Result } from '../../shared/result'

/** Services answer with Result values; handlers throw ElshiFailure, which the IPC layer turns back into one. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new ElshiFailure(result.error.code, result.error.reason)
  return result.value
}
