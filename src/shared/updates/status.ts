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
/** `download` and `install` are offered only where the package can update itself (not deb or rpm). */
export const UPDATE_ACTIONS = ['none', 'download', 'install'] as const

export const UpdateStatusSchema = v.strictObject({
  state: v.picklist(UPDATE_STATES),
  /** The newer version, once one is known. */
  version: v.nullable(v.string()),
  /** The one line shown to the reader; empty when there is nothing to say. */
  message: v.string(),
  action: v.picklist(UPDATE_ACTIONS)
})

export type UpdateStatus = v.InferOutput<typeof UpdateStatusSchema>
export type UpdateState = UpdateStatus['state']

export const IDLE_UPDATE_STATUS: UpdateStatus = { state: 'idle', version: null, message: '', action: 'none' }
