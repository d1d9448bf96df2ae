import * as v from 'valibot'

/**
 * Where an update check stands, as the page shows it: one calm line and at most one action. Checks
 * happen only when the reader asks (Help → Check for Updates…) or, when switched on in settings, once
 * a day; a failure is a line like any other, never a dialog.
 */
export const UPDATE_STATES = [
  'idle',
  'checking',
  'up-to-date',
  'available',
  'downloading',
  'ready',
  'offline',
  'failed',
  'unavailable'
] as const
/**
 * The one line for the reader, as a code the page puts into words in the interface language
 * (`updates.<line>` in the message files, with the status's `version`).
 */
export const UPDATE_LINES = [
  'checking',
  'unavailable',
  'noUpdate',
  'offline',
  'failed',
  'available',
  'packageManager',
  'downloading',
  'ready',
  'downloadOffline',
  'downloadFailed',
  'downloadTimedOut'
] as const
export type UpdateLine = (typeof UPDATE_LINES)[number]
/** `download` and `install` are offered only where the package can update itself (not deb or rpm). */
export const UPDATE_ACTIONS = ['none', 'download', 'install'] as const

export const UpdateStatusSchema = v.strictObject({
  state: v.picklist(UPDATE_STATES),
  /** The newer version, once one is known. */
  version: v.nullable(v.string()),
  /** The one line shown to the reader; null when there is nothing to say. */
  line: v.nullable(v.picklist(UPDATE_LINES)),
  action: v.picklist(UPDATE_ACTIONS)
})

export type UpdateStatus = v.InferOutput<typeof UpdateStatusSchema>
export type UpdateState = UpdateStatus['state']

export const IDLE_UPDATE_STATUS: UpdateStatus = { state: 'idle', version: null, line: null, action: 'none' }
