import { basename } from 'node:path'
import { reason, type Reason, type ReasonParams, type Store } from '../../shared/i18n/reasons'
import type { StoreNotice } from '../../shared/storage/notice'
import type { Damage } from './file-envelope'
import type { NotAFileError } from './fs-layer'

/*
 * Everything the store tells the reader, in one place, as typed messages (the words are in the
 * message files, `errors.notice.*`, in every interface language): what happened, what was kept and
 * where, what Elshi shows instead, and what to do. Never an errno, a validator message or a temp path.
 */

/**
 * Who holds the data folder: a process here or on another computer (a shared folder), since when; `null`
 * while its window is still starting (it has not named itself yet). The page words it.
 */
export type LockHolder = { pid: string; computer: string | null; since: string } | null

export type ReadOnlyCause =
  | { cause: 'locked'; holder: LockHolder }
  | { cause: 'lock-lost' }
  | { cause: 'folder-not-writable' }
  | { cause: 'folder-is-file'; folder: string }
  | { cause: 'not-a-file'; what: NotAFileError['what'] }
  | { cause: 'unreadable' }
  | { cause: 'cannot-set-aside' }
  | { cause: 'broken-link' }

/** Which readable copy the reader is shown. */
export type Source =
  { from: 'file' } | { from: 'backup' } | { from: 'history'; date: Date } | { from: 'none' }

export type StoreName = Store['store']

function damaged(damage: Damage, file: string): Reason {
  switch (damage) {
    case 'byte-order-mark':
      return reason('notice.damaged.byteOrderMark', { file })
    case 'not-text':
      return reason('notice.damaged.notText', { file })
    case 'cut-short':
      return reason('notice.damaged.cutShort', { file })
    case 'not-elshi':
      return reason('notice.damaged.notElshi', { file })
    case 'checksum':
      return reason('notice.damaged.checksum', { file })
    case 'invalid':
      return reason('notice.damaged.invalid', { file })
    case 'duplicate-ids':
      return reason('notice.damaged.duplicateIds', { file })
    case 'migration':
      return reason('notice.damaged.migration', { file })
  }
}

/** What stands at a data path instead of a file, said plainly, so the reader knows what to move. */
const NOT_A_FILE = {
  folder: 'readOnly.isFolder',
  pipe: 'readOnly.isPipe',
  socket: 'readOnly.isSocket',
  device: 'readOnly.isDevice',
  'special file': 'readOnly.notAFile'
} as const satisfies Record<NotAFileError['what'], keyof ReasonParams>

/** Why the store does not write, and what to do about it. */
export function readOnlyReason(why: ReadOnlyCause): Reason {
  switch (why.cause) {
    case 'locked':
      if (!why.holder) return reason('readOnly.lockedStarting', {})
      return why.holder.computer === null
        ? reason('readOnly.locked', { pid: why.holder.pid, since: { iso: why.holder.since } })
        : reason('readOnly.lockedElsewhere', {
            pid: why.holder.pid,
            computer: why.holder.computer,
            since: { iso: why.holder.since }
          })
    case 'lock-lost':
      return reason('readOnly.lockLost', {})
    case 'folder-not-writable':
      return reason('readOnly.folderNotWritable', {})
    case 'folder-is-file':
      return reason('readOnly.folderIsFile', { folder: why.folder })
    case 'not-a-file':
      return reason(NOT_A_FILE[why.what], {})
    case 'unreadable':
      return reason('readOnly.unreadable', {})
    case 'cannot-set-aside':
      return reason('readOnly.cannotSetAside', {})
    case 'broken-link':
      return reason('readOnly.brokenLink', {})
  }
}

function shown(store: StoreName, source: Source): Reason {
  const data = { store }
  switch (source.from) {
    case 'file':
      return reason('notice.shown.file', { data })
    case 'backup':
      return reason('notice.shown.backup', { data })
    case 'history':
      return reason('notice.shown.history', { data, savedAt: { iso: source.date.toISOString() } })
    case 'none':
      return reason('notice.shown.none', { data })
  }
}

const notice = (
  kind: StoreNotice['kind'],
  file: string,
  message: Reason[],
  reveal: string | null,
  readOnly = false
): StoreNotice => ({ kind, file, message, reveal, readOnly })

export const notices = {
  damaged(
    file: string,
    store: StoreName,
    damage: Damage,
    keptAs: string,
    source: Source,
    restorable: boolean
  ): StoreNotice {
    const name = basename(keptAs)
    const message = [damaged(damage, file), reason('notice.keptAs', { name }), shown(store, source)]
    if (restorable) message.push(reason('notice.restoreHint', {}))
    return notice('damaged', file, message, name)
  },
  futureVersion(file: string, store: StoreName, keptAs: string, source: Source): StoreNotice {
    const name = basename(keptAs)
    return notice(
      'future-version',
      file,
      [reason('notice.futureVersion', { file, name }), shown(store, source)],
      name
    )
  },
  missing(file: string, store: StoreName, source: Source): StoreNotice {
    return notice('restored', file, [reason('notice.missing', { file }), shown(store, source)], null)
  },
  readableAgain(file: string, keptAs: string): StoreNotice {
    const name = basename(keptAs)
    return notice('readable-again', file, [reason('notice.readableAgain', { name })], name)
  },
  migrated(file: string, copy: string): StoreNotice {
    const name = basename(copy)
    return notice('migrated', file, [reason('notice.migrated', { file, name })], name)
  },
  mergedDuplicates(file: string, count: number): StoreNotice {
    return notice('merged-duplicates', file, [reason('notice.mergedDuplicates', { file, count })], file)
  },
  readOnly(file: string, store: StoreName, why: ReadOnlyCause, source: Source): StoreNotice {
    const reveal = why.cause === 'folder-is-file' ? null : file
    return notice('read-only', file, [readOnlyReason(why), shown(store, source)], reveal, true)
  }
}

/** A failed save, as the error the reader sees. */
export function writeFailure(code: string | undefined): Reason {
  if (code === 'ENOSPC' || code === 'EDQUOT') return reason('save.diskFull', {})
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return reason('save.notAllowed', {})
  return reason('save.failed', {})
}
