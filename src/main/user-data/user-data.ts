/**
 * The user's own data: bookmarks, reading positions and settings, one file each in the data folder. Loading
 * starts at once but nobody waits for it at boot; each request that needs the data awaits `loaded`, so
 * the window opens while the files are read.
 */
import type { StoreNotice } from '../../shared/storage/notice'
import { BookmarkService } from '../bookmarks/bookmark-service'
import { ReadingPositionService } from '../bookmarks/reading-position-service'
import { SettingsService } from '../settings/settings-service'

export interface UserData {
  readonly dir: string
  readonly bookmarks: BookmarkService
  readonly positions: ReadingPositionService
  readonly settings: SettingsService
  /** What loading had to do (files set aside, a backup used); the stores never reject a load. */
  readonly loaded: Promise<StoreNotice[]>
}

export function openUserData(dir: string): UserData {
  const bookmarks = BookmarkService.inFolder(dir)
  const positions = ReadingPositionService.inFolder(dir)
  const settings = SettingsService.inFolder(dir)
  const loaded = Promise.all([bookmarks.load(), positions.load(), settings.load()]).then((lists) =>
    lists.flat()
  )
  return { dir, bookmarks, positions, settings, loaded }
}
