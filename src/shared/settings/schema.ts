import * as v from 'valibot'

/**
 * Settings kept by main in `settings.json` beside the bookmarks, with the same durable store. One
 * source of truth for the shape: main validates every file it reads and every change it is sent with
 * these schemas, the renderer imports the inferred types. Every field has a default, so a file written
 * by an older version (missing fields) still loads, and a change carries only the fields it changes.
 */

export const THEMES = ['system', 'light', 'sepia', 'dark'] as const
export const TYPEFACES = ['serif', 'sans', 'system'] as const
export const LANGUAGES = ['en', 'ru', 'kk'] as const
export type Language = (typeof LANGUAGES)[number]
/** Text size steps, in CSS px of the reading column's body text. */
export const TEXT_SIZES = [15, 16, 17, 18, 20, 22, 24, 28] as const
export const LINE_HEIGHTS = ['compact', 'normal', 'relaxed'] as const
export const COLUMN_WIDTHS = ['narrow', 'medium', 'wide'] as const
/** Electron zoom levels (0 = 100 %, each step ≈ 20 %), bounded like Chromium's own menu. */
export const MIN_ZOOM_LEVEL = -3
export const MAX_ZOOM_LEVEL = 5

const Slug = v.pipe(v.string(), v.maxLength(120), v.regex(/^[a-z0-9][a-z0-9-]*$/))
/** Chapters read to their end, per edition (reading comfort: ticks in the contents). */
const ReadChaptersSchema = v.pipe(
  v.record(Slug, v.pipe(v.array(Slug), v.maxLength(5000))),
  v.check((record) => Object.keys(record).length <= 200, 'too many editions')
)

const Bound = v.pipe(v.number(), v.integer(), v.minValue(-100_000), v.maxValue(100_000))
const Extent = v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(100_000))

export const WindowStateSchema = v.strictObject({
  x: Bound,
  y: Bound,
  width: Extent,
  height: Extent,
  maximized: v.boolean(),
  fullScreen: v.boolean()
})

export const ReadingSettingsSchema = v.strictObject({
  theme: v.picklist(THEMES),
  typeface: v.picklist(TYPEFACES),
  textSize: v.picklist(TEXT_SIZES),
  lineHeight: v.picklist(LINE_HEIGHTS),
  columnWidth: v.picklist(COLUMN_WIDTHS),
  paragraphNumbers: v.boolean()
})

export const SettingsSchema = v.strictObject({
  /** Off: the text reads plain, with no annotation marks (was `elshi.showAnnotationMarks` in localStorage). */
  noteMarks: v.boolean(),
  zoomLevel: v.pipe(v.number(), v.minValue(MIN_ZOOM_LEVEL), v.maxValue(MAX_ZOOM_LEVEL)),
  /** `null`: follow the operating system's languages. */
  language: v.nullable(v.picklist(LANGUAGES)),
  reading: ReadingSettingsSchema,
  /** Off by default: the daily update check is Elshi's only network access. */
  autoCheckUpdates: v.boolean(),
  /** `null` until the window has been placed once; main fits it to a visible display. */
  window: v.nullable(WindowStateSchema),
  /** Reading comfort: the chapters of each edition read to their end. */
  readChapters: v.optional(ReadChaptersSchema, {})
})

export type Settings = v.InferOutput<typeof SettingsSchema>
export type ReadingSettings = v.InferOutput<typeof ReadingSettingsSchema>
export type WindowState = v.InferOutput<typeof WindowStateSchema>

export const DEFAULT_SETTINGS: Settings = {
  noteMarks: true,
  zoomLevel: 0,
  language: null,
  reading: {
    theme: 'system',
    typeface: 'serif',
    textSize: 18,
    lineHeight: 'normal',
    columnWidth: 'medium',
    paragraphNumbers: false
  },
  autoCheckUpdates: false,
  window: null,
  readChapters: {}
}

/**
 * What the page may change. The window state is main's own (it records it from the window), so it is
 * not part of a change sent over IPC; `reading` may be changed one field at a time.
 */
export const SettingsChangeSchema = v.strictObject({
  noteMarks: v.optional(v.boolean()),
  zoomLevel: v.optional(SettingsSchema.entries.zoomLevel),
  language: v.optional(SettingsSchema.entries.language),
  reading: v.optional(v.partial(ReadingSettingsSchema)),
  autoCheckUpdates: v.optional(v.boolean()),
  /** Replaces one edition's list of chapters read (the other editions keep theirs). */
  readChapters: v.optional(ReadChaptersSchema)
})

export type SettingsChange = v.InferOutput<typeof SettingsChangeSchema>

/** Applies a validated change; fields the change leaves out keep their value. */
export function applySettingsChange(current: Settings, change: SettingsChange): Settings {
  const reading = change.reading ?? {}
  return {
    noteMarks: change.noteMarks ?? current.noteMarks,
    zoomLevel: change.zoomLevel ?? current.zoomLevel,
    // `null` is a real choice here (follow the system), so only `undefined` keeps the current value.
    language: change.language === undefined ? current.language : change.language,
    autoCheckUpdates: change.autoCheckUpdates ?? current.autoCheckUpdates,
    window: current.window,
    readChapters: { ...current.readChapters, ...change.readChapters },
    reading: {
      theme: reading.theme ?? current.reading.theme,
      typeface: reading.typeface ?? current.reading.typeface,
      textSize: reading.textSize ?? current.reading.textSize,
      lineHeight: reading.lineHeight ?? current.reading.lineHeight,
      columnWidth: reading.columnWidth ?? current.reading.columnWidth,
      paragraphNumbers: reading.paragraphNumbers ?? current.reading.paragraphNumbers
    }
  }
}
