import type { Reason } from './i18n/reasons'

/**
 * Errors cross the process boundary as values, never as thrown strings: the renderer can switch on
 * `code`, and turns `reason` (a typed message code with its parameters, never an English sentence)
 * into words in the interface language.
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
  readonly reason: Reason
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ElshiError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = <T = never>(code: ErrorCode, reason: Reason): Result<T> => ({
  ok: false,
  error: { code, reason }
})

/** Thrown inside main-process services; the IPC layer turns it into a `fail` result. */
export class ElshiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason: Reason
  ) {
    // The code names the reason in logs; the reader sees it in words.
    super(reason.code)
    this.name = 'ElshiFailure'
  }
}
