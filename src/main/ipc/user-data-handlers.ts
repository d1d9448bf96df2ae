/** The Restore… view and "Show in folder" (issue 14): versions of the bookmarks file, restoring one, revealing a file. */
import { reason } from '../../shared/i18n/reasons'
import type { ContractHandlers } from '../../shared/contract'
import { ElshiFailure } from '../../shared/result'
import { showDataFile, type Desktop } from '../user-data/desktop'
import type { UserData } from '../user-data/user-data'
import { unwrap } from './unwrap'

export type UserDataMethod = 'listBookmarkVersions' | 'restoreBookmarkVersion' | 'showDataFile'

export function userDataHandlers(
  userData: UserData,
  desktop: Desktop | null
): Pick<ContractHandlers, UserDataMethod> {
  const { bookmarks, loaded } = userData
  return {
    async listBookmarkVersions() {
      await loaded
      return bookmarks.listVersions()
    },
    async restoreBookmarkVersion(id) {
      await loaded
      return unwrap(await bookmarks.restoreVersion(id))
    },
    async showDataFile(name) {
      if (!desktop) throw new ElshiFailure('not-ready', reason('unavailable.showInFolder', {}))
      if (!(await showDataFile(desktop, userData.dir, name)))
        throw new ElshiFailure('not-found', reason('fileGone', {}))
      return { shown: true }
    }
  }
}
