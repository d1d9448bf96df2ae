/**
 * What a failed check means to the reader. GitHub answers 403 or 429 when its rate limit for this
 * address is used up: that is not the reader's problem, so it counts as "no update found". A request
 * that could not reach the host is "offline". Anything else is a failure, told in one calm line.
 */
export type CheckFailure = 'offline' | 'no-update' | 'failed'

const OFFLINE =
  /ERR_INTERNET_DISCONNECTED|ERR_NAME_NOT_RESOLVED|ERR_NETWORK_CHANGED|ERR_ADDRESS_UNREACHABLE|ERR_CONNECTION_(REFUSED|RESET|TIMED_OUT|CLOSED)|ERR_PROXY_CONNECTION_FAILED|ERR_TIMED_OUT|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH/

const statusCodeOf = (error: unknown): number | null => {
  const code: unknown = error instanceof Error ? Reflect.get(error, 'statusCode') : null
  return typeof code === 'number' ? code : null
}

export function classifyCheckError(error: unknown): CheckFailure {
  const status = statusCodeOf(error)
  const message = error instanceof Error ? error.message : String(error)
  if (status === 403 || status === 429 || /rate limit/i.test(message)) return 'no-update'
  if (OFFLINE.test(message)) return 'offline'
  return 'failed'
}
