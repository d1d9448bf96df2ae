/**
 * The bookmark and reading-position methods. Every call waits for the data files to be loaded (they
 * load in the background from boot), and an edition's bookmarks are re-anchored against its current
 * text before they are first listed or exported.
 */
import { reason } from '../../shared/i18n/reasons'
import type { ContractHandlers } from '../../shared/contract'
import type { EditionLibrary } from '../edition/edition-library'
import { createReanchoring } from '../user-data/reanchor-editions'
import type { UserData } from '../user-data/user-data'
import { exportFile } from './export-bookmarks'
import { ElshiFailure } from '../../shared/result'
import { truncate } from '../storage/file-envelope'
import { unwrap } from './unwrap'
import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/locales'

export type BookmarkMethod =
  | 'getStartupNotices'
  | 'listBookmarks'
  | 'addBookmark'
  | 'updateBookmark'
  | 'removeBookmark'
  | 'restoreBookmark'
  | 'exportBookmarks'
  | 'importBookmarks'
  | 'getReadingPosition'
  | 'setReadingPosition'

export function bookmarkHandlers(
  library: EditionLibrary,
  userData: UserData,
  /** The interface language, for the words of a Markdown export. */
  localeOf: () => Locale = () => DEFAULT_LOCALE
): Pick<ContractHandlers, BookmarkMethod> {
  const { bookmarks, positions, loaded } = userData
  const reanchoring = createReanchoring(library, userData)
  // Records for an edition that is not installed could never be listed or deleted: refuse them.
  const requireInstalled = async (editionId: string): Promise<void> => {
    const installed = (await library.listEditions()).some((e) => e.id === editionId)
    if (!installed)
      throw new ElshiFailure(
        'invalid-argument',
        reason('editionNotFound', { editionId: truncate(editionId, 40) })
      )
  }

  return {
    getStartupNotices: () => loaded,
    async listBookmarks(args) {
      await reanchoring.ready(args.editionId)
      return bookmarks.list(args)
    },
    async addBookmark(args) {
      await requireInstalled(args.editionId)
      await loaded
      return unwrap(await bookmarks.add(args))
    },
    async updateBookmark(args) {
      await loaded
      return unwrap(await bookmarks.update(args))
    },
    async removeBookmark(args) {
      await loaded
      return unwrap(await bookmarks.remove(args))
    },
    async restoreBookmark(bookmark) {
      await loaded
      return unwrap(await bookmarks.restore(bookmark))
    },
    async exportBookmarks(editionId, format) {
      const [edition] = await Promise.all([library.getCompiled(editionId), reanchoring.ready(editionId)])
      return exportFile(edition, bookmarks.list({ editionId }), format, new Date(), localeOf())
    },
    async importBookmarks(text) {
      await loaded
      const installed = new Set((await library.listEditions()).map((e) => e.id))
      const { report, editionIds } = unwrap(await bookmarks.importWebAnnotations(text, installed))
      // Imported selectors may come from another version of an edition: anchor them in this one now.
      await Promise.all(editionIds.map((id) => reanchoring.refresh(id)))
      return report
    },
    async getReadingPosition(editionId) {
      await loaded
      return positions.get(editionId)
    },
    async setReadingPosition(args) {
      await requireInstalled(args.editionId)
      await loaded
      return unwrap(await positions.set(args))
    }
  }
}
