import { SettingsSchema, type Settings, DEFAULT_SETTINGS } from '../../shared/settings/schema'
import type { JsonFileDefinition } from '../storage/file-envelope'

/** `settings.json`, beside the bookmarks, in the same durable store (version, backup, quarantine). */
export const settingsFile: JsonFileDefinition<Settings> = {
  name: 'settings.json',
  label: 'settings',
  version: 1,
  schema: SettingsSchema,
  migrations: {},
  empty: () => structuredClone(DEFAULT_SETTINGS)
}
