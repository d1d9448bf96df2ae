import { fail, ok, type Result } from '../../shared/result'
import {
  SettingsChangeSchema,
  applySettingsChange,
  type Settings,
  type WindowState
} from '../../shared/settings/schema'
import type { StoreNotice } from '../../shared/storage/notice'
import { validate } from '../bookmarks/validate'
import { JsonFileStore, saveFailure } from '../storage/json-file-store'
import type { ReadOnlyCause } from '../storage/notices'
import { settingsFile } from './settings-file'

type Listener = (settings: Settings) => void

/**
 * The reader's settings, owned by main so they survive a change of the page's origin and reach the
 * window (zoom, background, bounds) before the page has loaded. Changes apply in memory at once and are
 * written through the store's coalescing queue; listeners (the windows, the menu) hear every change.
 */
export class SettingsService {
  private current: Settings = settingsFile.empty()
  private readonly listeners = new Set<Listener>()

  constructor(private readonly store: JsonFileStore<Settings>) {}

  static inFolder(dataDir: string): SettingsService {
    return new SettingsService(new JsonFileStore(dataDir, settingsFile))
  }

  async load(access: { readOnly?: ReadOnlyCause | null } = {}): Promise<StoreNotice[]> {
    const { data, notices } = await this.store.load(access)
    this.current = data
    return notices
  }
  /** From now on refuse changes with a plain reason (the folder's lock was lost or released). */
  enterReadOnly(cause: ReadOnlyCause): void {
    this.store.enterReadOnly(cause)
  }

  get(): Settings {
    return this.current
  }

  /** Validates an untrusted change (from the page) and applies it; resolves once it is on disk. */
  async update(change: unknown): Promise<Result<Settings>> {
    const valid = validate(SettingsChangeSchema, change)
    if (!valid.ok) return valid
    return this.commit(applySettingsChange(this.current, valid.value))
  }

  /** Main's own record of where the window is; never sent by the page. */
  async setWindowState(window: WindowState): Promise<Result<Settings>> {
    return this.commit({ ...this.current, window })
  }

  /** Returns an unsubscribe function. */
  onChange(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private async commit(next: Settings): Promise<Result<Settings>> {
    this.current = next
    for (const listener of this.listeners) {
      try {
        listener(next)
      } catch {
        // A closed window must not stop the change being kept.
      }
    }
    try {
      await this.store.save(next)
      return ok(next)
    } catch (error) {
      const failed = saveFailure(error)
      return fail(failed.code, failed.reason)
    }
  }
}
