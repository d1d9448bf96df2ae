/**
 * Errors cross the process boundary as values with a code and a human message, never as thrown
 * strings (architecture §1), so the renderer can branch on `code` and show `message`.
 */
export type BookmarkErrorCode =
  | 'invalid-argument'
  | 'not-found'
  | 'already-exists'
  | 'write-failed'
  | 'read-only'
  | 'malformed-json'
  | 'not-annotations'
  | 'too-large'

export interface BookmarkError {
  code: BookmarkErrorCode
  message: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: BookmarkError }

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function fail<T>(code: BookmarkErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } }
}
