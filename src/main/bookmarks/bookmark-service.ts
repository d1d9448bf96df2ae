import { randomUUID } from 'node:crypto'
import { reason } from '../../shared/i18n/reasons'
import type { BookmarkChange } from '../../shared/bookmarks/change'
import { fail, ok, type Result } from '../../shared/result'
import * as schema from '../../shared/bookmarks/schema'
import type { ImportReport } from '../../shared/bookmarks/schema'
import type { StoreNotice } from '../../shared/storage/notice'
import type { FsLayer } from '../storage/fs-layer'
import { DEFAULT_HISTORY } from '../storage/history'
import { JsonFileStore, saveFailure } from '../storage/json-file-store'
import { listVersions, readVersion } from '../storage/versions'
import type { DataVersion, RestoredVersion } from '../../shared/storage/versions'
import type { ReadOnlyCause } from '../storage/notices'
import { bookmarksFile, type BookmarksData } from './bookmark-file'
import { Transactions } from './transactions'
import { reanchorBookmarks, type ReanchorInput, type ReanchorSummary } from './reanchor'
import { validate } from './validate'
import { planImport } from './web-annotation-import'
import { ChangeEmitter, changeOf as change } from './change-emitter'

type Bookmark = schema.Bookmark

export interface BookmarkServiceOptions {
  now?: () => Date
  newId?: () => string
  fs?: FsLayer
}

/**
 * The single owner of bookmarks. Every mutation is a transaction (see Transactions): written to disk
 * before it is visible or announced, so what the UI shows is always what is on disk. Arguments are
 * validated here as well as at the IPC boundary, because one invalid record would make the whole
 * file unreadable at the next start.
 */
export class BookmarkService {
  private readonly transactions: Transactions<readonly Bookmark[], BookmarkChange>
  private readonly changes = new ChangeEmitter()
  private readonly now: () => Date
  private readonly newId: () => string

  constructor(
    private readonly store: JsonFileStore<BookmarksData>,
    options: BookmarkServiceOptions = {}
  ) {
    this.now = options.now ?? (() => new Date())
    this.newId = options.newId ?? randomUUID
    const persist = (next: readonly Bookmark[]) => this.store.save({ bookmarks: [...next] })
    this.transactions = new Transactions<readonly Bookmark[], BookmarkChange>([], persist, (c) =>
      this.changes.emit(c)
    )
  }

  static inFolder(dataDir: string, options: BookmarkServiceOptions = {}): BookmarkService {
    const store = new JsonFileStore(dataDir, bookmarksFile, { history: DEFAULT_HISTORY, ...options })
    return new BookmarkService(store, options)
  }

  /** Reads the file; the notices say whether anything had to be set aside or restored. */
  async load(access: { readOnly?: ReadOnlyCause | null } = {}): Promise<StoreNotice[]> {
    const { data, notices } = await this.store.load(access)
    this.transactions.reset(data.bookmarks)
    return notices
  }
  /** From now on refuse changes with a plain reason (the folder's lock was lost or released). */
  enterReadOnly(cause: ReadOnlyCause): void {
    this.store.enterReadOnly(cause)
  }

  /** Every bookmark of every edition, e.g. for a full export. */
  all(): Bookmark[] {
    return [...this.transactions.current]
  }

  list(args: schema.ListBookmarksArgs): Bookmark[] {
    return this.transactions.current.filter((b) => b.editionId === args.editionId)
  }

  add(args: schema.AddBookmarkArgs): Promise<Result<Bookmark>> {
    return this.transactions.run((current) => {
      const valid = validate(schema.AddBookmarkArgsSchema, args)
      if (!valid.ok) return valid
      const inEdition = current.filter((b) => b.editionId === valid.value.editionId).length
      if (inEdition >= schema.MAX_BOOKMARKS_PER_EDITION) {
        return fail('limit-reached', reason('editionFull', { most: schema.MAX_BOOKMARKS_PER_EDITION }))
      }
      const at = this.now().toISOString()
      const { editionId, anchor, note, label } = valid.value
      const record = validate(schema.BookmarkSchema, {
        id: this.newId(),
        editionId,
        anchor,
        note: note ?? '',
        label: label ?? null,
        createdAt: at,
        updatedAt: at,
        status: 'anchored'
      })
      if (!record.ok) return record
      return ok({
        next: [...current, record.value],
        value: record.value,
        change: change('added', [record.value])
      })
    })
  }

  update(args: schema.UpdateBookmarkArgs): Promise<Result<Bookmark>> {
    return this.transactions.run((current) => {
      const valid = validate(schema.UpdateBookmarkArgsSchema, args)
      if (!valid.ok) return valid
      const { id, ...patch } = valid.value
      const existing = current.find((b) => b.id === id)
      if (!existing) return notFound(id)
      const updated: Bookmark = {
        ...existing,
        note: patch.note ?? existing.note,
        label: patch.label === undefined ? existing.label : patch.label,
        updatedAt: this.now().toISOString()
      }
      const next = current.map((b) => (b.id === id ? updated : b))
      return ok({ next, value: updated, change: change('updated', [updated]) })
    })
  }

  /** Resolves with the removed record, which `restore` takes back to undo. */
  remove(args: schema.RemoveBookmarkArgs): Promise<Result<Bookmark>> {
    return this.transactions.run((current) => {
      const valid = validate(schema.RemoveBookmarkArgsSchema, args)
      if (!valid.ok) return valid
      const existing = current.find((b) => b.id === valid.value.id)
      if (!existing) return notFound(valid.value.id)
      const next = current.filter((b) => b !== existing)
      return ok({ next, value: existing, change: change('removed', [existing]) })
    })
  }

  restore(bookmark: Bookmark): Promise<Result<Bookmark>> {
    return this.transactions.run((current) => {
      const valid = validate(schema.BookmarkSchema, bookmark)
      if (!valid.ok) return valid
      if (current.some((b) => b.id === valid.value.id)) {
        return fail('already-exists', reason('bookmarkExists', {}))
      }
      return ok({
        next: [...current, valid.value],
        value: valid.value,
        change: change('restored', [valid.value])
      })
    })
  }

  /** Re-anchors an edition's bookmarks against its current chapter texts; orphans are kept, never dropped. */
  reanchor(editionId: string, input: ReanchorInput): Promise<Result<ReanchorSummary>> {
    return this.transactions.run((current) => {
      const { bookmarks, changedIds, summary } = reanchorBookmarks(current, editionId, input)
      const announced: BookmarkChange = {
        reason: 'reanchored',
        editionIds: [editionId],
        bookmarkIds: changedIds
      }
      return ok({ next: bookmarks, value: summary, change: changedIds.length > 0 ? announced : null })
    })
  }

  /**
   * Imports a W3C Web Annotation export; duplicates are skipped and bad items (or items for editions
   * not in `editionIds`) rejected, with plain reasons. Answers with the report and the editions that got
   * bookmarks, never the records.
   */
  importWebAnnotations(
    json: string,
    editionIds: ReadonlySet<string>
  ): Promise<Result<{ report: ImportReport; editionIds: string[] }>> {
    return this.transactions.run(async (current) => {
      const planned = await planImport(json, current, { now: this.now, newId: this.newId, editionIds })
      if (!planned.ok) return planned
      const { added, report } = planned.value
      const touched = [...new Set(added.map((b) => b.editionId))]
      return ok({
        next: [...current, ...added],
        value: { report, editionIds: touched },
        change: added.length > 0 ? change('imported', added) : null
      })
    })
  }

  /** The current file, its backup, the history and set-aside files, for the Restore… view. */
  listVersions(): Promise<DataVersion[]> {
    return listVersions(this.store.fs, this.store.dir, this.store.definition)
  }

  /**
   * Makes a listed version current. What it replaces is first kept as a history entry of its own,
   * whose id comes back as `undoId`: restoring that undoes the restore.
   */
  restoreVersion(id: string): Promise<Result<RestoredVersion>> {
    return this.transactions.run(async (current) => {
      const data = await readVersion(this.store.fs, this.store.dir, this.store.definition, id)
      if (!data) return fail('not-found', reason('versionGone', {}))
      let undoId: string
      try {
        undoId = await this.store.keepInHistory({ bookmarks: [...current] })
      } catch (error) {
        const failed = saveFailure(error)
        return fail(failed.code, failed.reason)
      }
      const editionIds = [...new Set([...current, ...data.bookmarks].map((b) => b.editionId))]
      return ok({
        next: data.bookmarks,
        value: { restored: data.bookmarks.length, undoId },
        change: { reason: 'restored', editionIds, bookmarkIds: data.bookmarks.map((b) => b.id) }
      })
    })
  }

  /** Called after each change is on disk; returns an unsubscribe function. */
  onChange(listener: (change: BookmarkChange) => void): () => void {
    return this.changes.on(listener)
  }
}

function notFound<T>(_id: string): Result<T> {
  return fail('not-found', reason('bookmarkNotFound', {}))
}
