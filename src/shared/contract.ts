/**
 * The one contract between main, preload and renderer. Adding a method here forces (by type errors)
 * a handler in main and an entry in the preload bridge; the renderer's `window.elshi` type is derived
 * from it. Argument schemas live here so main validates exactly what the types promise.
 */
import * as v from 'valibot'
import { BookmarkChangeSchema } from './bookmarks/change'
import * as bookmarks from './bookmarks/schema'
import type { Bookmark, ImportReport, ReadingPosition } from './bookmarks/schema'
import type { Annotation, Chapter, EditionMeta, EditionSummary } from './edition'
import type { Result } from './result'
import { SearchOptionsSchema, type ChapterHighlights, type SearchResults } from './search'
import { MenuCommandSchema } from './menu/commands'
import { SettingsChangeSchema } from './settings/schema'
import { SettingsStateSchema, type SettingsState } from './settings/state'
import type { StoreNotice } from './storage/notice'
import { OpenPassageSchema, ShellNoticeSchema, type AppInfo, type ThirdPartyNotices } from './shell'
import { Slug } from './slug'
import type { DataVersion, RestoredVersion } from './storage/versions'
import { UpdateStatusSchema, type UpdateStatus } from './updates/status'
import { LocaleInfoSchema, PreferredLanguagesSchema, type LocaleInfo } from './i18n/locale-info'

/** Long enough for any pasted passage; the search layer bounds the work it does per query. */
const Query = v.pipe(v.string(), v.maxLength(20_000))
export const EXPORT_FORMATS = ['markdown', 'json'] as const
/** Checked here as well as by the importer, so an oversized file is refused before any work is done. */
const ImportText = v.pipe(v.string(), v.maxLength(bookmarks.MAX_IMPORT_CHARS))
/** A file in the data folder or its history folder, by name: never a path of the page's choosing. */
const DataFileName = v.pipe(
  v.string(),
  v.maxLength(300),
  v.regex(/^(history\/)?[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be the name of a file in the data folder')
)

export const argumentSchemas = {
  listEditions: v.strictTuple([]),
  getEdition: v.strictTuple([Slug]),
  getChapter: v.strictTuple([Slug, Slug]),
  search: v.strictTuple([Slug, Query, SearchOptionsSchema]),
  getAnnotations: v.strictTuple([Slug]),
  /** Loads the edition's index ahead of the first query, so the reader can be told "preparing search". */
  prepareSearch: v.strictTuple([Slug]),
  searchHighlights: v.strictTuple([Slug, Slug, Query, SearchOptionsSchema]),
  /** What loading the user's data files had to do (a file set aside, a backup used), once loaded. */
  getStartupNotices: v.strictTuple([]),
  listBookmarks: v.strictTuple([bookmarks.ListBookmarksArgsSchema]),
  addBookmark: v.strictTuple([bookmarks.AddBookmarkArgsSchema]),
  updateBookmark: v.strictTuple([bookmarks.UpdateBookmarkArgsSchema]),
  removeBookmark: v.strictTuple([bookmarks.RemoveBookmarkArgsSchema]),
  /** Undo of a removal: takes back the record `removeBookmark` returned. */
  restoreBookmark: v.strictTuple([bookmarks.BookmarkSchema]),
  exportBookmarks: v.strictTuple([Slug, v.picklist(EXPORT_FORMATS)]),
  importBookmarks: v.strictTuple([ImportText]),
  getReadingPosition: v.strictTuple([Slug]),
  setReadingPosition: v.strictTuple([bookmarks.SetReadingPositionArgsSchema]),
  /**
   * The settings main keeps in settings.json (reading settings, note marks, zoom, language…), with
   * main's revision of them (src/shared/settings/state.ts).
   */
  getSettings: v.strictTuple([]),
  /**
   * Changes some settings; the answer and the `settingsChanged` push carry the whole new settings
   * with their revision, which orders them since the two travel separately.
   */
  updateSettings: v.strictTuple([SettingsChangeSchema]),
  // desktop shell (issue 8b)
  /** The About panel: versions, licence, the editions' credits. */
  getAppInfo: v.strictTuple([]),
  /** The third-party notices generated into the build (out/notices/third-party-notices.txt). */
  getThirdPartyNotices: v.strictTuple([]),
  // User data (issue 14): the Restore… view, and "Show in folder" for a file a notice names.
  listBookmarkVersions: v.strictTuple([]),
  /** Makes a listed version of bookmarks.json current; the answer names the version that undoes it. */
  restoreBookmarkVersion: v.strictTuple([DataFileName]),
  showDataFile: v.strictTuple([DataFileName]),
  // Reading comfort (issue 10): exports, imports, print and PDF through the OS dialogs, via main.
  /** Asks where to save the export in the OS save dialog and writes it there; null when cancelled. */
  exportBookmarksToFile: v.strictTuple([Slug, v.picklist(EXPORT_FORMATS)]),
  /** Asks for a Web Annotation JSON file in the OS open dialog and imports it; null when cancelled. */
  importBookmarksFromFile: v.strictTuple([]),
  /** The OS print dialog for the page as its print stylesheet lays it out. */
  printPage: v.strictTuple([]),
  /** Puts a link or citation on the system clipboard. */
  copyText: v.strictTuple([v.pipe(v.string(), v.maxLength(20_000))]),
  /** Asks where to save in the OS save dialog, then writes the page's print layout there as PDF. */
  savePdf: v.strictTuple([v.pipe(v.string(), v.maxLength(120), v.regex(/^[\p{L}\p{N} ._-]+$/u))]),
  // Updates (src/main/updates): each answers with the new status, also pushed as updateStatusChanged.
  /** Where the update check stands (idle until the reader asks or the daily check runs). */
  getUpdateStatus: v.strictTuple([]),
  /** Help → Check for Updates…: one check against the release host. */
  checkForUpdates: v.strictTuple([]),
  /** Downloads the update the last check found (not offered by deb and rpm builds). */
  downloadUpdate: v.strictTuple([]),
  /** Restarts into the downloaded update. */
  installUpdate: v.strictTuple([]),
  // Interface language (issue 12, src/main/i18n)
  /**
   * The interface language (the reader's choice, else the OS's languages, else English). The page
   * passes its `navigator.languages`, which main uses only where the OS reports none (the harness).
   */
  getLocale: v.strictTuple([PreferredLanguagesSchema])
} as const

export interface ContractResults {
  listEditions: readonly EditionSummary[]
  getEdition: EditionMeta
  getChapter: Chapter
  search: SearchResults
  /** Every editors' note of the edition, with its resolved occurrences: small, and loaded once. */
  getAnnotations: readonly Annotation[]
  prepareSearch: { readonly ready: true }
  searchHighlights: ChapterHighlights
  getStartupNotices: readonly StoreNotice[]
  listBookmarks: readonly Bookmark[]
  addBookmark: Bookmark
  updateBookmark: Bookmark
  removeBookmark: Bookmark
  restoreBookmark: Bookmark
  exportBookmarks: ExportedFile
  importBookmarks: ImportReport
  getReadingPosition: ReadingPosition | null
  setReadingPosition: ReadingPosition
  getSettings: SettingsState
  updateSettings: SettingsState
  // desktop shell (issue 8b)
  getAppInfo: AppInfo
  getThirdPartyNotices: ThirdPartyNotices
  listBookmarkVersions: readonly DataVersion[]
  restoreBookmarkVersion: RestoredVersion
  showDataFile: { readonly shown: true }
  exportBookmarksToFile: SavedFile | null
  importBookmarksFromFile: (SavedFile & { readonly report: ImportReport }) | null
  printPage: { readonly printed: boolean }
  savePdf: SavedFile | null
  copyText: { readonly copied: true }
  // Updates
  getUpdateStatus: UpdateStatus
  checkForUpdates: UpdateStatus
  downloadUpdate: UpdateStatus
  installUpdate: UpdateStatus
  // Interface language
  getLocale: LocaleInfo
}

/** A file main wrote (or read) where the reader chose: its name and its folder, to tell the reader. */
export interface SavedFile {
  readonly fileName: string
  readonly folder: string
}

export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** A file for the page to offer as a download; main never writes outside its data folder. */
export interface ExportedFile {
  fileName: string
  mimeType: string
  text: string
}

/**
 * Pushes from main to the page. Each payload has a schema because the preload checks every push
 * before handing it on: the page receives only values of the promised shape, never the event object.
 */
export const eventSchemas = {
  bookmarksChanged: BookmarkChangeSchema,
  /** The whole new settings with their revision, after any change (a page, the menu, main). */
  settingsChanged: SettingsStateSchema,
  /** An application-menu item for the page (find, go to a view, back…); see src/shared/menu. */
  menuCommand: MenuCommandSchema,
  // desktop shell (issue 8b)
  /** An `elshi://` link main has checked: the page opens that passage. */
  openPassage: OpenPassageSchema,
  /** A short message from main for the reader (a refused link). */
  shellNotice: ShellNoticeSchema,
  /** Updates: the one-line status changed (checking, found, downloaded, offline…). */
  updateStatusChanged: UpdateStatusSchema,
  // Interface language (issue 12): the language changed (in Settings, or the system's once offered).
  localeChanged: LocaleInfoSchema
} as const

export type ContractEvent = keyof typeof eventSchemas
export type EventPayload<E extends ContractEvent> = v.InferOutput<(typeof eventSchemas)[E]>
export const contractEvents: readonly ContractEvent[] = Object.keys(eventSchemas).filter(
  (key): key is ContractEvent => key in eventSchemas
)
export const eventChannelOf = (event: ContractEvent): string => `elshi:event:${event}`
/** `bookmarksChanged` → `onBookmarksChanged`: the page subscribes with a function, never a channel. */
export const subscriberName = (event: ContractEvent): string =>
  `on${event.charAt(0).toUpperCase()}${event.slice(1)}`

export type Method = keyof ContractResults & keyof typeof argumentSchemas
export type MethodArgs<M extends Method> = v.InferOutput<(typeof argumentSchemas)[M]>

export const methods: readonly Method[] = Object.keys(argumentSchemas).filter(
  (key): key is Method => key in argumentSchemas
)

/** Channel names stay an implementation detail of main and preload; the page never sees them. */
export const channelOf = (method: Method): string => `elshi:${method}`

/** What main implements: plain values, or a thrown ElshiFailure for expected errors. */
export type ContractHandlers = {
  [M in Method]: (...args: MethodArgs<M>) => ContractResults[M] | Promise<ContractResults[M]>
}

/** What the page gets as `window.elshi`: one function per method, one subscribe function per event. */
export type ElshiApi = {
  [M in Method]: (...args: MethodArgs<M>) => Promise<Result<ContractResults[M]>>
} & {
  [E in ContractEvent as `on${Capitalize<E>}`]: (listener: (payload: EventPayload<E>) => void) => () => void
}
