/**
 * A saved version of a data file the reader can restore from the Restore… view: the current file, its
 * backup, the history, and files set aside (damaged, from a newer Elshi, or the original before an
 * upgrade). `id` is the file's name inside the data folder; main accepts only ids it listed itself.
 */
export type DataVersionKind =
  'current' | 'backup' | 'history' | 'damaged' | 'newer-version' | 'before-upgrade'

export interface DataVersion {
  id: string
  kind: DataVersionKind
  /** ISO time the version was saved (history) or last changed (the others). */
  savedAt: string
  /** How many records it holds (bookmarks), or null if it cannot be read. */
  count: number | null
  readable: boolean
}

export interface RestoredVersion {
  /** Bookmarks now current. */
  restored: number
  /** The version that holds what was replaced: restoring it undoes the restore. */
  undoId: string
}
