import type { Reason } from '../i18n/reasons'

/**
 * What loading a data file had to do that the reader should know about, as typed sentences the page
 * puts into words in the interface language: what happened, what was kept, where it is, and what to do. `reveal` names a file in the data folder for
 * "Show in folder" (never a temp file); `readOnly` says changes to that file are not being saved.
 */
export type StoreNoticeKind =
  | 'damaged'
  | 'future-version'
  | 'restored'
  | 'readable-again'
  | 'migrated'
  | 'merged-duplicates'
  | 'read-only'

export interface StoreNotice {
  kind: StoreNoticeKind
  /** The data file concerned, e.g. 'bookmarks.json'. */
  file: string
  /** The notice's sentences, in order. */
  message: readonly Reason[]
  /** A file name inside the data folder that "Show in folder" selects, or null. */
  reveal: string | null
  readOnly: boolean
}
