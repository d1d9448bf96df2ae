/**
 * The user's own data: bookmarks and reading positions, one file each in the data folder. Loading
 * starts at once but nobody waits for it at boot; each request that needs the data awaits `loaded`, so
 * the window opens while the files are read.
 */
import type { StoreNotice } from '../../shared/storage/notice'
import { BookmarkService } from '../bookmarks/bookmark-service'
import { ReadingPositionService } from '../bookmarks/reading-position-service'

export interface UserData {
  readonly dir: string
  readonly bookmarks: BookmarkService
  readonly positions: ReadingPositionService
  /** What loading had to do (files set aside, a backup used); the stores never reject a load. */
  readonly loaded: Promise<StoreNotice[]>
}

export function openUserData(dir: string): UserData {
  const bookmarks = BookmarkService.inFolder(dir)
  const positions = ReadingPositionService.inFolder(dir)
  const loaded = Promise.all([bookmarks.load(), positions.load()]).then(([a, b]) => [...a, ...b])
  return { dir, bookmarks, positions, loaded }
}
