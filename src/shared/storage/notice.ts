/**
 * What loading a data file had to do that the user should know about. Each notice names the files
 * involved so the UI can say exactly where a set-aside file went; `message` is a ready sentence.
 */
export type StoreNotice =
  | { kind: 'unreadable'; file: string; movedTo: string; reason: string; message: string }
  | {
      kind: 'future-version'
      file: string
      movedTo: string
      version: number
      supported: number
      message: string
    }
  | { kind: 'restored-from-backup'; file: string; backup: string; message: string }
  | { kind: 'migrated'; file: string; from: number; to: number; copy: string; message: string }
  | { kind: 'read-only'; file: string; reason: string; message: string }
