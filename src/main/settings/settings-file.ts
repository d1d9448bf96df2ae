import * as v from 'valibot'
import {
  ReadingSettingsSchema,
  SettingsSchema,
  type Settings,
  DEFAULT_SETTINGS
} from '../../shared/settings/schema'
import type { JsonFileDefinition } from '../storage/file-envelope'

const fields = SettingsSchema.entries
const reading = ReadingSettingsSchema.entries
const defaults = DEFAULT_SETTINGS

/**
 * What settings.json may hold: the settings' shape, where a field the file does not have yet (written
 * before the field existed) takes its default. A value that is there but wrong, or a field Elshi does
 * not know, still makes the file unreadable, so it is set aside rather than silently rewritten. The
 * definition's type makes this list fail to compile when a field is added to the settings but not here.
 */
const StoredSettingsSchema = v.strictObject({
  noteMarks: v.optional(fields.noteMarks, defaults.noteMarks),
  zoomLevel: v.optional(fields.zoomLevel, defaults.zoomLevel),
  language: v.optional(fields.language, defaults.language),
  reading: v.optional(
    v.strictObject({
      theme: v.optional(reading.theme, defaults.reading.theme),
      typeface: v.optional(reading.typeface, defaults.reading.typeface),
      textSize: v.optional(reading.textSize, defaults.reading.textSize),
      lineHeight: v.optional(reading.lineHeight, defaults.reading.lineHeight),
      columnWidth: v.optional(reading.columnWidth, defaults.reading.columnWidth),
      paragraphNumbers: v.optional(reading.paragraphNumbers, defaults.reading.paragraphNumbers)
    }),
    () => structuredClone(defaults.reading)
  ),
  autoCheckUpdates: v.optional(fields.autoCheckUpdates, defaults.autoCheckUpdates),
  window: v.optional(fields.window, defaults.window),
  readChapters: fields.readChapters
})

/** `settings.json`, beside the bookmarks, in the same durable store (version, backup, quarantine). */
export const settingsFile: JsonFileDefinition<Settings> = {
  name: 'settings.json',
  store: 'settings',
  version: 1,
  schema: StoredSettingsSchema,
  migrations: {},
  empty: () => structuredClone(DEFAULT_SETTINGS)
}
