import { basename, dirname, join } from 'node:path'
import type { StoreNotice } from '../../shared/storage/notice'
import { TEMP_MARKER, renameWithRetry, snapshotFile, tempPathFor, writeFileAtomic } from './atomic-write'
import { CoalescingWriter } from './coalescing-writer'
import { encodeFile, type Decoded, type JsonFileDefinition } from './file-envelope'
import { errorCode, nodeFs, type FsLayer } from './fs-layer'
import { HISTORY_FOLDER, historyPathFor, listHistory, pruneHistory, type HistoryPolicy } from './history'
import { notices, readOnlyReason, writeFailure, type ReadOnlyCause, type Source } from './notices'
import type { Reason } from '../../shared/i18n/reasons'
import { readDataFile } from './read-data-file'
import { trackWrite } from './pending-writes'
import { fileNameTimestamp, uniquePath } from './unique-path'

export interface LoadResult<T> {
  data: T
  notices: StoreNotice[]
}

export interface StoreOptions {
  now?: () => Date
  fs?: FsLayer
  /** Keep earlier versions in `history/` (bookmarks do; reading positions and settings do not). */
  history?: HistoryPolicy
}

type Good<T> = Extract<Decoded<T>, { ok: true }>

/**
 * One JSON data file with a schema version, a checksum, migrations, atomic serialized writes, a
 * rolling backup (`<name>.bak`) and optionally a history. A file that cannot be trusted is never
 * overwritten: it is moved aside (`.corrupt-<time>` / `.future-<time>`) and the backup, else the newest
 * good history entry, is used. When the file cannot safely be written (another Elshi has the folder,
 * no permission, an odd file at the path) the store is read-only but still shows the best copy it can
 * read, and every save is refused with a plain reason instead of being reported as done.
 */
export class JsonFileStore<T> {
  readonly path: string
  readonly backupPath: string
  /** Where writes go: the data file, or the target of a symlinked data file. */
  private target: string
  private loaded = false
  /** Only a file we read as valid or wrote ourselves may become the backup. */
  private mainIsGood = false
  private readOnlyCause: ReadOnlyCause | null = null
  private readonly writer = new CoalescingWriter<T>((data) => this.persist(data))
  private readonly now: () => Date
  readonly fs: FsLayer

  constructor(
    readonly dir: string,
    readonly definition: JsonFileDefinition<T>,
    private readonly options: StoreOptions = {}
  ) {
    this.path = join(dir, definition.name)
    this.target = this.path
    this.backupPath = `${this.path}.bak`
    this.now = options.now ?? (() => new Date())
    this.fs = options.fs ?? nodeFs
  }

  get readOnly(): ReadOnlyCause | null {
    return this.readOnlyCause
  }

  async load(access: { readOnly?: ReadOnlyCause | null } = {}): Promise<LoadResult<T>> {
    this.loaded = true
    this.readOnlyCause = access.readOnly ?? null
    const found: StoreNotice[] = []
    const folder = await this.prepareFolder()
    if (folder) {
      this.readOnlyCause ??= folder
      if (folder.cause === 'folder-is-file')
        return this.finish(this.definition.empty(), { from: 'none' }, found)
    }
    // Another Elshi holding the folder may be mid-write: its temp file is not a leftover.
    if (this.readOnlyCause?.cause !== 'locked') await this.sweepTempFiles(this.dir)

    const main = await readDataFile(this.fs, this.definition, this.path)
    if (main.state === 'refused') this.readOnlyCause ??= main.cause
    let damaged: { decoded: Exclude<Decoded<T>, { ok: true }>; keptAs: string } | null = null
    if (main.state === 'read') {
      this.target = main.target
      if (main.target !== this.path && this.readOnlyCause === null)
        await this.sweepTempFiles(dirname(main.target))
      if (main.decoded.ok) {
        this.mainIsGood = this.readOnlyCause === null
        await this.noteGood(main.decoded, this.path, found)
        return this.finish(main.decoded.data, { from: 'file' }, found)
      }
      damaged = { decoded: main.decoded, keptAs: await this.setAside(this.path, main.decoded) }
    }

    const fallback = await this.readFallback()
    if (fallback && this.readOnlyCause === null) {
      await writeFileAtomic(this.fs, this.target, encodeFile(this.definition, fallback.good.data)).then(
        () => (this.mainIsGood = true),
        () => (this.readOnlyCause = { cause: 'folder-not-writable' })
      )
    }
    const source = fallback?.source ?? { from: 'none' }
    if (damaged) found.push(this.damageNotice(damaged.decoded, damaged.keptAs, source))
    else if (main.state === 'missing' && fallback)
      found.push(notices.missing(this.definition.name, this.definition.store, source))
    if (fallback) await this.noteGood(fallback.good, fallback.path, found)
    return this.finish(fallback?.good.data ?? this.definition.empty(), source, found)
  }

  /** Resolves once `data` (or newer data) is durably on disk. */
  async save(data: T): Promise<void> {
    if (!this.loaded) throw new Error('JsonFileStore.save() before load() could replace a file never read')
    if (this.readOnlyCause !== null) throw new StoreReadOnlyError(readOnlyReason(this.readOnlyCause))
    return trackWrite(this.writer.write(data))
  }

  /** From now on refuse to write, e.g. when another process took the folder's lock. */
  enterReadOnly(cause: ReadOnlyCause): void {
    this.readOnlyCause ??= cause
  }

  /** Keeps `data` as its own history entry (e.g. what a restore is about to replace); returns its name. */
  async keepInHistory(data: T): Promise<string> {
    if (this.readOnlyCause !== null) throw new StoreReadOnlyError(readOnlyReason(this.readOnlyCause))
    const path = await historyPathFor(this.fs, this.dir, this.definition.name, this.now())
    await writeFileAtomic(this.fs, path, encodeFile(this.definition, data)).catch((error: unknown) => {
      throw new StoreWriteError(writeFailure(errorCode(error)), error)
    })
    return `${HISTORY_FOLDER}/${basename(path)}`
  }

  private async persist(data: T): Promise<void> {
    const text = encodeFile(this.definition, data)
    let kept: string | null = null
    try {
      await writeFileAtomic(this.fs, this.target, text, async () => {
        if (!this.mainIsGood) return
        // Backup and history are a convenience: failing to make them must not stop the change being saved.
        await snapshotFile(this.fs, this.target, this.backupPath).catch(() => undefined)
        if (this.options.history) kept = await this.linkIntoHistory().catch(() => null)
      })
    } catch (error) {
      throw new StoreWriteError(writeFailure(errorCode(error)), error)
    }
    this.mainIsGood = true
    if (kept && this.options.history)
      await pruneHistory(this.fs, this.dir, this.definition.name, this.options.history, this.now()).catch(
        () => undefined
      )
  }

  private async linkIntoHistory(): Promise<string> {
    const path = await historyPathFor(this.fs, this.dir, this.definition.name, this.now())
    await this.fs.link(this.target, path).catch(() => this.fs.copyFile(this.target, path))
    return path
  }

  private async prepareFolder(): Promise<ReadOnlyCause | null> {
    try {
      await this.fs.mkdir(this.dir)
    } catch (error) {
      const code = errorCode(error)
      if (code === 'EEXIST' || code === 'ENOTDIR') return { cause: 'folder-is-file', folder: this.dir }
      return { cause: 'folder-not-writable' }
    }
    if (this.readOnlyCause) return null
    // A probe, so a folder we cannot write is found now rather than at the reader's first change.
    const probe = tempPathFor(this.path)
    try {
      await this.fs.writeNew(probe, '')
      await this.fs.remove(probe)
      return null
    } catch {
      await this.fs.remove(probe).catch(() => undefined)
      return { cause: 'folder-not-writable' }
    }
  }

  private async readFallback(): Promise<{ good: Good<T>; source: Source; path: string } | null> {
    const backup = await readDataFile(this.fs, this.definition, this.backupPath)
    if (backup.state === 'read') {
      if (backup.decoded.ok)
        return { good: backup.decoded, source: { from: 'backup' }, path: this.backupPath }
      // A bad backup is set aside too: a later save would otherwise replace it.
      await this.setAside(this.backupPath, backup.decoded)
    }
    for (const entry of await listHistory(this.fs, this.dir, this.definition.name)) {
      const path = join(this.dir, HISTORY_FOLDER, entry.fileName)
      const read = await readDataFile(this.fs, this.definition, path)
      if (read.state === 'read' && read.decoded.ok)
        return { good: read.decoded, source: { from: 'history', date: entry.savedAt }, path }
    }
    return null
  }

  /** Moves an untrusted file aside; in read-only mode (or if moving fails) it stays where it is. */
  private async setAside(path: string, decoded: Exclude<Decoded<T>, { ok: true }>): Promise<string> {
    if (this.readOnlyCause !== null) return path
    const kind = decoded.problem === 'future-version' ? 'future' : 'corrupt'
    const aside = await uniquePath(`${path}.${kind}-${this.stamp()}`)
    try {
      // A symlinked file is copied aside, so the link and its target stay where the reader put them.
      if (path === this.path && this.target !== this.path) await this.fs.copyFile(this.target, aside)
      else await renameWithRetry(this.fs, path, aside)
      return aside
    } catch {
      this.readOnlyCause = { cause: 'cannot-set-aside' }
      return path
    }
  }

  private damageNotice(
    decoded: Exclude<Decoded<T>, { ok: true }>,
    keptAs: string,
    source: Source
  ): StoreNotice {
    const { name, store } = this.definition
    return decoded.problem === 'future-version'
      ? notices.futureVersion(name, store, keptAs, source)
      : notices.damaged(name, store, decoded.damage, keptAs, source, this.options.history !== undefined)
  }

  /** A good file may still need telling about: an upgrade (the original is kept) or merged duplicates. */
  private async noteGood(good: Good<T>, path: string, found: StoreNotice[]): Promise<void> {
    const { name, version } = this.definition
    if (good.merged > 0) found.push(notices.mergedDuplicates(name, good.merged))
    if (good.version < version && this.readOnlyCause === null) {
      const copy = await uniquePath(`${this.path}.v${good.version}-${this.stamp()}`)
      const kept = await this.fs.copyFile(path, copy).then(
        () => true,
        () => false
      )
      if (kept) found.push(notices.migrated(name, copy))
    }
  }

  private async finish(data: T, source: Source, found: StoreNotice[]): Promise<LoadResult<T>> {
    // A file set aside because a newer Elshi wrote it may be readable by this version: offer it again.
    const { name } = this.definition
    for (const entry of await this.fs.readdir(this.dir).catch(() => [])) {
      if (!entry.startsWith(`${name}.`) || !entry.includes('.future-')) continue
      const read = await readDataFile(this.fs, this.definition, join(this.dir, entry))
      if (read.state === 'read' && read.decoded.ok) found.push(notices.readableAgain(name, entry))
    }
    if (this.readOnlyCause)
      found.unshift(notices.readOnly(this.definition.name, this.definition.store, this.readOnlyCause, source))
    return { data, notices: found }
  }

  /** Leftover temp files are from writes a crash interrupted; the real file never depended on them. */
  private async sweepTempFiles(dir: string): Promise<void> {
    const prefix = `${basename(dir === this.dir ? this.path : this.target)}.`
    for (const entry of await this.fs.readdir(dir).catch(() => [])) {
      // A leftover that cannot be removed (a read-only folder) is harmless: never a reason to stop.
      if (entry.startsWith(prefix) && entry.includes(TEMP_MARKER))
        await this.fs.remove(join(dir, entry)).catch(() => undefined)
    }
  }

  private stamp(): string {
    return fileNameTimestamp(this.now())
  }
}

/** A save refused because the store is read-only; `reason` says why, for the reader. */
export class StoreReadOnlyError extends Error {
  constructor(readonly reason: Reason) {
    super(reason.code)
  }
}

/** A save that failed (disk full, no permission); `reason` is for the reader, the cause for logs. */
export class StoreWriteError extends Error {
  constructor(
    readonly reason: Reason,
    cause: unknown
  ) {
    super(reason.code, { cause })
  }
}

/** The reader's reason for a failed save, and its code: read-only or a write that failed. */
export function saveFailure(error: unknown): { code: 'read-only' | 'write-failed'; reason: Reason } {
  if (error instanceof StoreReadOnlyError) return { code: 'read-only', reason: error.reason }
  if (error instanceof StoreWriteError) return { code: 'write-failed', reason: error.reason }
  return { code: 'write-failed', reason: writeFailure(undefined) }
}
