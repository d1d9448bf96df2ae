/**
 * What main tells the reader, as typed codes with parameters, never as English sentences: errors
 * over IPC, the data files' notices, an import's skipped and rejected items. The renderer turns each
 * into words in the interface language (`errors.<code>` in the message files, en/ru/kk), so a change
 * of language changes them too. A code's parameters are the placeholders of its message, in every
 * locale (tests/shared/i18n/reasons.test.ts). A `Moment` parameter is written as a date and time in
 * the interface language, a number with its grouping, a `Store` as the data file's name there
 * ("Your bookmarks", only ever at the start of a sentence, where every language takes the same form).
 */
import type { MessageTree } from './format'

/** A point in time, written by the renderer in the interface language. */
export interface Moment {
  readonly iso: string
}
/** One of the user's data files, named in the interface language ("Your bookmarks"). */
export const STORES = ['bookmarks', 'positions', 'settings'] as const
export interface Store {
  readonly store: (typeof STORES)[number]
}
export type ReasonParam = string | number | Moment | Store
type None = Record<never, never>

export interface ReasonParams {
  // Any call
  internal: None
  untrustedPage: { method: string }
  /** A call the contract's schemas refused; `field` is where (e.g. `anchor.quote`). */
  invalidRequest: { field: string }
  // Editions
  editionNotFound: { editionId: string }
  chapterNotFound: { chapterId: string }
  editionFileMissing: { file: string }
  editionFileDamaged: { file: string }
  // Bookmarks
  bookmarkNotFound: None
  bookmarkExists: None
  editionFull: { most: number }
  versionGone: None
  /** The page's own: an action that needs an open edition. */
  noEditionOpen: None
  fileGone: None
  // Saving user data (disk full, no permission, a store that must not write)
  'save.diskFull': None
  'save.notAllowed': None
  'save.failed': None
  'readOnly.locked': { pid: string; since: Moment }
  'readOnly.lockedElsewhere': { pid: string; computer: string; since: Moment }
  'readOnly.lockedStarting': None
  'readOnly.lockLost': None
  'readOnly.folderNotWritable': None
  'readOnly.folderIsFile': { folder: string }
  /** Something other than a plain file at a data path: a folder, a FIFO, a socket, a device, or else. */
  'readOnly.isFolder': None
  'readOnly.isPipe': None
  'readOnly.isSocket': None
  'readOnly.isDevice': None
  'readOnly.notAFile': None
  'readOnly.unreadable': None
  'readOnly.cannotSetAside': None
  'readOnly.brokenLink': None
  // Importing and exporting through the OS dialogs
  'import.tooLarge': { megabytes: number }
  'import.notJson': None
  'import.notAnnotations': None
  'file.unopenable': { name: string }
  'file.tooLarge': { name: string }
  'file.notWritten': { name: string; folder: string }
  // What this window cannot do (the browser harness has no OS dialogs)
  'unavailable.saveDialog': None
  'unavailable.openDialog': None
  'unavailable.printing': None
  'unavailable.pdf': None
  'unavailable.clipboard': None
  'unavailable.showInFolder': None
  // Why an imported item was skipped or rejected (a clause: "{item} rejected: {reason}")
  'item.notAnnotation': None
  'item.noTarget': None
  'item.notElshi': None
  'item.noQuote': None
  'item.emptyQuote': None
  'item.quoteTooLong': { most: number }
  'item.noteTooLong': { most: number }
  'item.unreadable': None
  'item.unknownEdition': { editionId: string }
  'item.editionFull': { most: number }
  'item.existing': None
  /** `item` counts from 1, as a reader would. */
  'item.earlier': { item: number }
  /** How the report names an item: by its quote, else by its place in the file (from 1). */
  'item.quoted': { quote: string }
  'item.numbered': { item: number }
  // Why an elshi:// link was not opened (the shellNotice push carries the code)
  'link.notText': None
  'link.tooLong': None
  'link.badCharacters': None
  'link.notElshiLink': None
  'link.encoded': None
  'link.shape': None
  'link.badIds': None
  'link.badQuery': None
  'link.badParagraph': None
  'link.notInLibrary': None
  'link.failed': None
  // The data files' notices, one sentence each (a notice is a few of them)
  'notice.damaged.byteOrderMark': { file: string }
  'notice.damaged.notText': { file: string }
  'notice.damaged.cutShort': { file: string }
  'notice.damaged.notElshi': { file: string }
  'notice.damaged.checksum': { file: string }
  'notice.damaged.invalid': { file: string }
  'notice.damaged.duplicateIds': { file: string }
  'notice.damaged.migration': { file: string }
  'notice.keptAs': { name: string }
  'notice.restoreHint': None
  'notice.futureVersion': { file: string; name: string }
  'notice.missing': { file: string }
  'notice.readableAgain': { name: string }
  'notice.migrated': { file: string; name: string }
  'notice.mergedDuplicates': { file: string; count: number }
  /** Which copy of a data file the reader is shown (`data`: "Your bookmarks"). */
  'notice.shown.file': { data: Store }
  'notice.shown.backup': { data: Store }
  'notice.shown.history': { data: Store; savedAt: Moment }
  'notice.shown.none': { data: Store }
}

export type ReasonCode = keyof ReasonParams

export interface ReasonOf<C extends ReasonCode> {
  readonly code: C
  readonly params: ReasonParams[C]
}
/** One message for the reader: its code and the values of its placeholders. */
export type Reason = { [C in ReasonCode]: ReasonOf<C> }[ReasonCode]

/** `reason('editionNotFound', { editionId })`, typed by the code. */
export const reason = <C extends ReasonCode>(code: C, params: ReasonParams[C]): ReasonOf<C> => ({
  code,
  params
})

/** The message key of a reason. */
export const reasonKey = (code: ReasonCode): `errors.${ReasonCode}` => `errors.${code}`

/** `t(key, params, count)`: vue-i18n's in the renderer, main's own formatter in main. */
export type TranslateFn = (
  key: string,
  params: Readonly<Record<string, string | number>>,
  count?: number
) => string

export interface ReasonFormats {
  readonly number: (value: number) => string
  readonly moment: (iso: string) => string
}

/**
 * A reason in words in the interface language. A `count` parameter also chooses the plural form;
 * numbers are written with the language's grouping, moments as its dates.
 */
export function describeReason(reason: Reason, t: TranslateFn, formats: ReasonFormats): string {
  const params: Record<string, string | number> = {}
  let count: number | undefined
  const values: Readonly<Record<string, ReasonParam>> = reason.params
  for (const [name, value] of Object.entries(values)) {
    if (name === 'count' && typeof value === 'number') count = value
    params[name] =
      typeof value === 'number'
        ? formats.number(value)
        : typeof value === 'string'
          ? value
          : 'store' in value
            ? t(`errors.stores.${value.store}`, {})
            : formats.moment(value.iso)
  }
  return count === undefined ? t(reasonKey(reason.code), params) : t(reasonKey(reason.code), params, count)
}

/** Sentences in words, one after another (a notice). */
export const describeReasons = (reasons: readonly Reason[], t: TranslateFn, formats: ReasonFormats): string =>
  reasons.map((r) => describeReason(r, t, formats)).join(' ')

/** Every code, for the completeness tests: the keys of the `errors` area's English messages. */
export function codesIn(tree: MessageTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : codesIn(value, `${prefix}${key}.`)
  )
}
