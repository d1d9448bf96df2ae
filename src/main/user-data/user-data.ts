/**
 * The user's own data: bookmarks, reading positions and settings, one file each in the data folder. Loading
 * starts at once but nobody waits for it at boot; each request that needs the data awaits `loaded`, so
 * the window opens while the files are read. The folder is locked first: a second Elshi on the same
 * folder (another user, a synced folder, ELSHI_USER_DATA) opens it read-only and says so.
 */
import type { StoreNotice } from '../../shared/storage/notice'
import { BookmarkService } from '../bookmarks/bookmark-service'
import { ReadingPositionService } from '../bookmarks/reading-position-service'
import type { ReadOnlyCause } from '../storage/notices'
import { SettingsService } from '../settings/settings-service'
import { lockDataFolder } from './folder-lock'

export interface UserData {
  readonly dir: string
  readonly bookmarks: BookmarkService
  readonly positions: ReadingPositionService
  readonly settings: SettingsService
  /** What loading had to do (files set aside, a backup used, read-only); the stores never reject a load. */
  readonly loaded: Promise<StoreNotice[]>
  /** Releases the folder's lock (at quit); the services refuse to write afterwards. */
  close(): Promise<void>
}

export function openUserData(dir: string): UserData {
  const bookmarks = BookmarkService.inFolder(dir)
  const positions = ReadingPositionService.inFolder(dir)
  const settings = SettingsService.inFolder(dir)
  const readOnlyFromNowOn = (cause: ReadOnlyCause): void => {
    for (const service of [bookmarks, positions, settings]) service.enterReadOnly(cause)
  }
  const lock = lockDataFolder(dir, { onLost: readOnlyFromNowOn })
  const loaded = lock.then(async (outcome) => {
    const access = { readOnly: outcome.state === 'locked' ? outcome.cause : null }
    const lists = await Promise.all([bookmarks.load(access), positions.load(access), settings.load(access)])
    return lists.flat()
  })
  return {
    dir,
    bookmarks,
    positions,
    settings,
    loaded,
    async close() {
      const outcome = await lock
      await loaded
      if (outcome.state !== 'held') return
      readOnlyFromNowOn({ cause: 'lock-lost' })
      await outcome.release()
    }
  }
}
