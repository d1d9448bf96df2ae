import * as v from 'valibot'
import { SettingsSchema } from './schema'

/**
 * The settings as main keeps them, with main's revision: a number main raises each time it keeps a
 * new state (a page's change, the menu, the window's place, a load). Main is the one writer, so its
 * revisions order every state it ever sends, while answers and pushes travel separately and may
 * arrive in any order: a page takes a state only if it is newer than the one it holds. Revisions count
 * from 0 for the life of main's settings service; a page never outlives that service.
 */
export const SettingsRevisionSchema = v.pipe(v.number(), v.safeInteger(), v.minValue(0))

/** What getSettings and updateSettings answer and the settingsChanged push carries. */
export const SettingsStateSchema = v.strictObject({
  revision: SettingsRevisionSchema,
  settings: SettingsSchema
})

export type SettingsState = v.InferOutput<typeof SettingsStateSchema>

/** Whether `candidate` is a state main kept after `held` (any state is newer than none). */
export const isNewerState = (candidate: SettingsState, held: SettingsState | null): boolean =>
  held === null || candidate.revision > held.revision
