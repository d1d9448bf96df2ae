import { mkdir, readFile, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { StoreNotice } from '../../shared/storage/notice'
import { TEMP_MARKER, renameWithRetry, snapshotFile, writeFileAtomic } from './atomic-write'
import { CoalescingWriter } from './coalescing-writer'
import { decodeFile, encodeFile, type Decoded, type JsonFileDefinition } from './file-envelope'
import { notices } from './notices'
import { trackWrite } from './pending-writes'
import { fileNameTimestamp, uniquePath } from './unique-path'

export interface LoadResult<T> {
  data: T
  notices: StoreNotice[]
}

type Problem = Exclude<Decoded<unknown>, { ok: true }>
type ReadOutcome<T> =
  { state: 'missing' } | { state: 'failed'; reason: string } | { state: 'read'; decoded: Decoded<T> }

/**
 * One JSON data file with a schema version, migrations, atomic serialized writes and a rolling backup
 * (`<name>.bak`, the previous good file). A file that cannot be read, validated or migrated, or that
 * comes from a newer version, is never overwritten: it is moved aside (`.corrupt-<time>` /
 * `.future-<time>`), the backup is used if it is good, and the load result says what happened.
 */
export class JsonFileStore<T> {
  readonly path: string
  readonly backupPath: string
  private loaded = false
  /** Only a file we read as valid or wrote ourselves may become the backup. */
  private mainIsGood = false
  private readOnlyReason: string | null = null
  private readonly writer = new CoalescingWriter<T>((data) => this.persist(data))
  private readonly now: () => Date

  constructor(
    readonly dir: string,
    private readonly definition: JsonFileDefinition<T>,
    options: { now?: () => Date } = {}
  ) {
    this.path = join(dir, definition.name)
    this.backupPath = `${this.path}.bak`
    this.now = options.now ?? (() => new Date())
  }

  async load(): Promise<LoadResult<T>> {
    this.loaded = true
    const found: StoreNotice[] = []
    try {
      await mkdir(this.dir, { recursive: true })
      await this.sweepTempFiles()
      const main = await this.read(this.path)
      if (main.state === 'failed') return this.readOnly(main.reason, found)
      if (main.state === 'read') {
        const decoded = main.decoded
        if (decoded.ok) {
          this.mainIsGood = true
          await this.noteMigration(this.path, decoded.version, found)
          return { data: decoded.data, notices: found }
        }
        found.push(await this.setAside(this.path, decoded))
      }

      const backup = await this.read(this.backupPath)
      if (backup.state === 'failed') return this.readOnly(backup.reason, found)
      if (backup.state === 'read') {
        const decoded = backup.decoded
        if (decoded.ok) {
          await this.noteMigration(this.backupPath, decoded.version, found)
          await writeFileAtomic(this.path, encodeFile(this.definition, decoded.data))
          this.mainIsGood = true
          found.push(notices.restoredFromBackup(this.path, this.backupPath))
          return { data: decoded.data, notices: found }
        }
        // A bad backup is set aside too: a later save would otherwise replace it.
        found.push(await this.setAside(this.backupPath, decoded))
      }
      return { data: this.definition.empty(), notices: found }
    } catch (error) {
      return this.readOnly(error instanceof Error ? error.message : String(error), found)
    }
  }

  /** Resolves once `data` (or newer data) is durably on disk. */
  async save(data: T): Promise<void> {
    if (!this.loaded) throw new Error('JsonFileStore.save() before load() could replace a file never read')
    if (this.readOnlyReason !== null) throw new StoreReadOnlyError(this.path, this.readOnlyReason)
    return trackWrite(this.writer.write(data))
  }

  private async persist(data: T): Promise<void> {
    const text = encodeFile(this.definition, data)
    if (this.mainIsGood) {
      // The backup is a convenience: failing to make it must not stop the user's change being saved.
      await snapshotFile(this.path, this.backupPath).catch(() => undefined)
    }
    await writeFileAtomic(this.path, text)
    this.mainIsGood = true
  }

  private async read(path: string): Promise<ReadOutcome<T>> {
    try {
      return { state: 'read', decoded: decodeFile(this.definition, await readFile(path, 'utf8')) }
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return { state: 'missing' }
      return {
        state: 'failed',
        reason: `reading ${path} failed: ${error instanceof Error ? error.message : String(error)}`
      }
    }
  }

  private async setAside(path: string, decoded: Problem): Promise<StoreNotice> {
    const kind = decoded.problem === 'future-version' ? 'future' : 'corrupt'
    const target = await uniquePath(`${path}.${kind}-${this.stamp()}`)
    await renameWithRetry(path, target)
    return decoded.problem === 'future-version'
      ? notices.futureVersion(path, target, decoded.version, this.definition.version)
      : notices.unreadable(path, target, decoded.reason)
  }

  /** Keeps the file as it was before migration, in case a migration turns out to lose something. */
  private async noteMigration(path: string, version: number, found: StoreNotice[]): Promise<void> {
    if (version >= this.definition.version) return
    const copy = await uniquePath(`${path}.v${version}-${this.stamp()}`)
    await writeFileAtomic(copy, await readFile(path, 'utf8'))
    found.push(notices.migrated(path, version, this.definition.version, copy))
  }

  private readOnly(reason: string, found: StoreNotice[]): LoadResult<T> {
    this.readOnlyReason = reason
    found.push(notices.readOnly(this.path, reason))
    return { data: this.definition.empty(), notices: found }
  }

  /** Leftover temp files are from writes a crash interrupted; the real file never depended on them. */
  private async sweepTempFiles(): Promise<void> {
    const prefix = `${this.definition.name}.`
    for (const entry of await readdir(this.dir)) {
      if (entry.startsWith(prefix) && entry.includes(TEMP_MARKER))
        await rm(join(this.dir, entry), { force: true })
    }
  }

  private stamp(): string {
    return fileNameTimestamp(this.now())
  }
}

export class StoreReadOnlyError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string
  ) {
    super(`${path} is read-only for this session: ${reason}`)
  }
}
