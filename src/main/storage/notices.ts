import { basename } from 'node:path'
import type { StoreNotice } from '../../shared/storage/notice'

/** Notices with their sentences in one place, so every path of the loader tells the user the same way. */
export const notices = {
  unreadable(file: string, movedTo: string, reason: string): StoreNotice {
    const message = `${basename(file)} could not be read because ${reason}. It was kept unchanged as ${movedTo}.`
    return { kind: 'unreadable', file, movedTo, reason, message }
  },
  futureVersion(file: string, movedTo: string, version: number, supported: number): StoreNotice {
    const message =
      `${basename(file)} was written by a newer version of Elshi (data version ${version}; this version ` +
      `reads up to ${supported}). It was kept unchanged as ${movedTo}; open it with the newer version.`
    return { kind: 'future-version', file, movedTo, version, supported, message }
  },
  restoredFromBackup(file: string, backup: string): StoreNotice {
    const message = `${basename(file)} was restored from its backup ${backup}; the last change before the problem may be missing.`
    return { kind: 'restored-from-backup', file, backup, message }
  },
  migrated(file: string, from: number, to: number, copy: string): StoreNotice {
    const message = `${basename(file)} was upgraded from data version ${from} to ${to}; the original was kept as ${copy}.`
    return { kind: 'migrated', file, from, to, copy, message }
  },
  readOnly(file: string, reason: string): StoreNotice {
    const message = `${basename(file)} cannot be safely updated (${reason}). Changes will not be saved until this is fixed.`
    return { kind: 'read-only', file, reason, message }
  }
}
