/**
 * Errors cross the process boundary as values, never as thrown strings: the renderer can
 * switch on `code` and show `message` to the reader as it is.
 */
export type ErrorCode =
  | 'invalid-argument'
  | 'not-found'
  | 'forbidden'
  | 'not-ready'
  | 'internal'
  // User data (bookmarks, reading positions): the store could not write, or refuses to this session.
  | 'already-exists'
  | 'write-failed'
  | 'read-only'
  // Importing a bookmarks file.
  | 'malformed-json'
  | 'not-annotations'
  | 'too-large'
  // Bounds on user data (issue 14): e.g. bookmarks per edition.
  | 'limit-reached'
  // Reading comfort: no OS dialog or printing where the page runs (the browser harness).
  | 'unavailable'

export interface ElshiError {
  readonly code: ErrorCode
  readonly message: string
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ElshiError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = <T = never>(code: ErrorCode, message: string): Result<T> => ({
  ok: false,
  error: { code, message }
})

/** Thrown inside main-process services; the IPC layer turns it into a `fail` result. */
export class ElshiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'ElshiFailure'
  }
}
