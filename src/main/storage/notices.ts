import { basename } from 'node:path'
import type { StoreNotice } from '../../shared/storage/notice'
import type { Damage } from './file-envelope'

/**
 * Every sentence the store tells the reader, in one place: what happened, what was kept and where,
 * what Elshi shows instead, and what to do. Never an errno, a validator message or a temp path.
 */
export type ReadOnlyCause =
  | { cause: 'locked'; owner: string }
  | { cause: 'lock-lost' }
  | { cause: 'folder-not-writable' }
  | { cause: 'folder-is-file'; folder: string }
  | { cause: 'not-a-file'; what: string }
  | { cause: 'unreadable' }
  | { cause: 'cannot-set-aside' }
  | { cause: 'broken-link' }

/** Which readable copy the reader is shown. */
export type Source =
  { from: 'file' } | { from: 'backup' } | { from: 'history'; date: Date } | { from: 'none' }

const DAMAGE: Record<Damage, string> = {
  'byte-order-mark': 'another program changed it (it now starts with a byte-order mark)',
  'not-text': 'part of it is no longer readable text',
  'cut-short': 'it is incomplete, as if cut short',
  'not-elshi': 'it is not in the form Elshi writes',
  checksum: 'its contents no longer match the checksum Elshi saved with it',
  invalid: 'some of its entries are not in the form Elshi writes',
  'duplicate-ids': 'two of its entries claim to be the same one',
  migration: 'it could not be upgraded from an older version of Elshi'
}

const WHY: Record<ReadOnlyCause['cause'], string> = {
  locked: 'Elshi is already open with this data folder',
  'lock-lost': 'another copy of Elshi took over the data folder',
  'folder-not-writable': 'Elshi is not allowed to write to its data folder',
  'folder-is-file': 'Elshi’s data folder is a file, not a folder',
  'not-a-file': 'the data file is not a plain file',
  unreadable: 'Elshi is not allowed to read the data file',
  'cannot-set-aside': 'the damaged file could not be moved aside',
  'broken-link': 'the data file is a link to a file that does not exist'
}

const TODO: Record<ReadOnlyCause['cause'], string> = {
  locked: 'close this window and use the one already open, or quit the other one and open Elshi again',
  'lock-lost': 'close this window and use the other one, or quit both and open Elshi again',
  'folder-not-writable': 'give your account permission to change the folder, then open Elshi again',
  'folder-is-file': 'rename or move that file, then open Elshi again',
  'not-a-file': 'move it out of the data folder, then open Elshi again',
  unreadable: 'give your account permission to read and change it, then open Elshi again',
  'cannot-set-aside': 'give your account permission to change the data folder, then open Elshi again',
  'broken-link': 'restore the file the link points to, or delete the link, then open Elshi again'
}

const dateOf = (date: Date): string =>
  date.toLocaleString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC'
  }) + ' UTC'

function shown(label: string, source: Source): string {
  switch (source.from) {
    case 'file':
      return `Your ${label} are shown as they were saved.`
    case 'backup':
      return `Your ${label} are shown from the backup of the previous save; the last change before the problem may be missing.`
    case 'history':
      return `Your ${label} are shown from the version saved on ${dateOf(source.date)}; later changes may be missing.`
    case 'none':
      return `No saved copy of your ${label} could be read, so none are shown.`
  }
}

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

export const notices = {
  damaged(
    file: string,
    label: string,
    damage: Damage,
    keptAs: string,
    source: Source,
    restorable: boolean
  ): StoreNotice {
    const message =
      `Your ${label} file could not be used because ${DAMAGE[damage]}. It was kept unchanged as ` +
      `${basename(keptAs)}. ${shown(label, source)}` +
      (restorable ? ' Use Restore… under Bookmarks to choose another saved version.' : '')
    return { kind: 'damaged', file, message, reveal: basename(keptAs), readOnly: false }
  },
  futureVersion(file: string, label: string, keptAs: string, source: Source): StoreNotice {
    const message =
      `Your ${label} file was saved by a newer version of Elshi, which this one cannot read. It was kept ` +
      `unchanged as ${basename(keptAs)}, and will be offered again once you update Elshi. ${shown(label, source)}`
    return { kind: 'future-version', file, message, reveal: basename(keptAs), readOnly: false }
  },
  missing(file: string, label: string, source: Source): StoreNotice {
    const message = `Your ${label} file was missing. ${shown(label, source)}`
    return { kind: 'restored', file, message, reveal: null, readOnly: false }
  },
  readableAgain(file: string, label: string, keptAs: string): StoreNotice {
    const message =
      `A ${label} file that an earlier version of Elshi could not read (${basename(keptAs)}) can now be ` +
      `read. Use Restore… under Bookmarks to bring it back.`
    return { kind: 'readable-again', file, message, reveal: basename(keptAs), readOnly: false }
  },
  migrated(file: string, label: string, copy: string): StoreNotice {
    const message = `Your ${label} were upgraded for this version of Elshi; the original file was kept as ${basename(copy)}.`
    return { kind: 'migrated', file, message, reveal: basename(copy), readOnly: false }
  },
  mergedDuplicates(file: string, label: string, count: number): StoreNotice {
    const entries =
      count === 1 ? 'one entry that appeared twice was' : `${count} entries that appeared twice were`
    const message = `In your ${label} file, ${entries} merged, keeping the most recently changed copy.`
    return { kind: 'merged-duplicates', file, message, reveal: file, readOnly: false }
  },
  readOnly(file: string, label: string, why: ReadOnlyCause, source: Source): StoreNotice {
    const detail = detailOf(why)
    const message =
      `Changes to your ${label} cannot be saved because ${WHY[why.cause]}${detail}: ${TODO[why.cause]}. ` +
      shown(label, source)
    const reveal = why.cause === 'folder-is-file' ? null : file
    return { kind: 'read-only', file, message, reveal, readOnly: true }
  }
}

function detailOf(why: ReadOnlyCause): string {
  if (why.cause === 'locked') return ` (${why.owner})`
  if (why.cause === 'not-a-file') return ` (it is a ${why.what})`
  if (why.cause === 'folder-is-file') return ` (${why.folder})`
  return ''
}

/** A failed save, in plain words, for the error the reader sees. */
export function writeFailure(label: string, code: string | undefined): string {
  if (code === 'ENOSPC' || code === 'EDQUOT')
    return `Your ${label} could not be saved because the disk is full. Free some space and try again; nothing was changed.`
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return `Your ${label} could not be saved because Elshi is not allowed to write to its data folder. Nothing was changed.`
  return `Your ${label} could not be saved because the data folder could not be written to. Nothing was changed.`
}

export function readOnlyFailure(label: string, why: ReadOnlyCause): string {
  return `${capital(label)} cannot be changed in this window because ${WHY[why.cause]}: ${TODO[why.cause]}.`
}
