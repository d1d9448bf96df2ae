import { fail, ok, type Result } from '../../shared/result'
import {
  SetReadingPositionArgsSchema,
  type ReadingPosition,
  type SetReadingPositionArgs
} from '../../shared/bookmarks/schema'
import type { StoreNotice } from '../../shared/storage/notice'
import { JsonFileStore, saveFailure } from '../storage/json-file-store'
import type { ReadOnlyCause } from '../storage/notices'
import { readingPositionsFile, type ReadingPositionsData } from './bookmark-file'
import { validate } from './validate'

/**
 * The last place read in each edition, so the reader reopens there after a restart. Positions change
 * on every scroll, so unlike bookmarks they are updated in memory at once and written through the
 * store's coalescing queue: a burst of updates costs a couple of writes, and the newest always wins.
 */
export class ReadingPositionService {
  private positions = new Map<string, ReadingPosition>()

  constructor(
    private readonly store: JsonFileStore<ReadingPositionsData>,
    private readonly now: () => Date = () => new Date()
  ) {}

  static inFolder(dataDir: string, options: { now?: () => Date } = {}): ReadingPositionService {
    return new ReadingPositionService(new JsonFileStore(dataDir, readingPositionsFile, options), options.now)
  }

  async load(access: { readOnly?: ReadOnlyCause | null } = {}): Promise<StoreNotice[]> {
    const { data, notices } = await this.store.load(access)
    this.positions = new Map(data.positions.map((p) => [p.editionId, p]))
    return notices
  }
  /** From now on refuse changes with a plain reason (the folder's lock was lost or released). */
  enterReadOnly(cause: ReadOnlyCause): void {
    this.store.enterReadOnly(cause)
  }

  get(editionId: string): ReadingPosition | null {
    return this.positions.get(editionId) ?? null
  }

  /** Resolves once the position is on disk (or a newer one is). */
  async set(args: SetReadingPositionArgs): Promise<Result<ReadingPosition>> {
    const valid = validate(SetReadingPositionArgsSchema, args)
    if (!valid.ok) return valid
    const position: ReadingPosition = { ...valid.value, updatedAt: this.now().toISOString() }
    this.positions.set(position.editionId, position)
    try {
      await this.store.save({ positions: [...this.positions.values()] })
      return ok(position)
    } catch (error) {
      const failed = saveFailure(error)
      return fail(failed.code, failed.reason)
    }
  }
}
