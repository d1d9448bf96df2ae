import { fail, ok, type Result } from '../../shared/result'
import {
  SettingsChangeSchema,
  applySettingsChange,
  type Settings,
  type WindowState
} from '../../shared/settings/schema'
import type { SettingsState } from '../../shared/settings/state'
import type { StoreNotice } from '../../shared/storage/notice'
import { validate } from '../bookmarks/validate'
import { JsonFileStore, saveFailure } from '../storage/json-file-store'
import { readOnlyReason, type ReadOnlyCause } from '../storage/notices'
import { settingsFile } from './settings-file'

/** `revision` is the state's place in main's order (see SettingsState). */
type Listener = (settings: Settings, revision: number) => void

/**
 * The reader's settings, owned by main so they survive a change of the page's origin and reach the
 * window (zoom, background, bounds) before the page has loaded. Changes apply in memory at once and are
 * written through the store's coalescing queue; listeners (the windows, the menu) hear every change.
 * Each state kept gets the next revision, so the pages can tell a late message from a new one.
 */
export class SettingsService {
  private current: SettingsState = { revision: 0, settings: settingsFile.empty() }
  private readonly listeners = new Set<Listener>()

  constructor(private readonly store: JsonFileStore<Settings>) {}

  static inFolder(dataDir: string): SettingsService {
    return new SettingsService(new JsonFileStore(dataDir, settingsFile))
  }

  async load(access: { readOnly?: ReadOnlyCause | null } = {}): Promise<StoreNotice[]> {
    const { data, notices } = await this.store.load(access)
    // A new state too: anything announced before the load (the defaults) is older than the file.
    this.keep(data)
    return notices
  }
  /** From now on refuse changes with a plain reason (the folder's lock was lost or released). */
  enterReadOnly(cause: ReadOnlyCause): void {
    this.store.enterReadOnly(cause)
  }

  get(): Settings {
    return this.current.settings
  }

  /** The settings with their revision, as the pages are answered and told. */
  state(): SettingsState {
    return this.current
  }

  /** Validates an untrusted change (from the page) and applies it; resolves once it is on disk. */
  async update(change: unknown): Promise<Result<SettingsState>> {
    const valid = validate(SettingsChangeSchema, change)
    if (!valid.ok) return valid
    return this.commit(applySettingsChange(this.current.settings, valid.value))
  }

  /** Main's own record of where the window is; never sent by the page. */
  async setWindowState(window: WindowState): Promise<Result<SettingsState>> {
    return this.commit({ ...this.current.settings, window })
  }

  /** Returns an unsubscribe function. */
  onChange(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /**
   * Applies at once under the next revision and announces, then writes. A store that cannot write
   * (read-only) refuses first, so a refused change is never kept, announced or given a revision, and
   * the page that reads main's settings after the refusal gets what it had: "nothing was changed".
   * A write that fails later (a full disk) leaves the state in memory, as main and the pages already
   * use it, under the revision it was announced with; the next write that succeeds carries it.
   */
  private async commit(next: Settings): Promise<Result<SettingsState>> {
    const readOnly = this.store.readOnly
    if (readOnly !== null) return fail('read-only', readOnlyReason(readOnly))
    const state = this.keep(next)
    for (const listener of this.listeners) {
      try {
        listener(state.settings, state.revision)
      } catch {
        // A closed window must not stop the change being kept.
      }
    }
    try {
      await this.store.save(next)
      return ok(state)
    } catch (error) {
      const failed = saveFailure(error)
      return fail(failed.code, failed.reason)
    }
  }

  private keep(settings: Settings): SettingsState {
    this.current = { revision: this.current.revision + 1, settings }
    return this.current
  }
}
