/** The contract's methods, implemented by the main-process services. Shared by IPC and the test bridge. */
import type { ContractHandlers } from '../../shared/contract'
import type { EditionLibrary } from '../edition/edition-library'
import { unavailableUpdates, type UpdateController } from '../updates/update-controller'
import type { UserData } from '../user-data/user-data'
import { aboutFromProcess, type AboutSource } from '../about/app-info'
import { aboutHandlers } from './about-handlers'
import { bookmarkHandlers } from './bookmark-handlers'
import { settingsHandlers } from './settings-handlers'
import { updateHandlers } from './update-handlers'

/**
 * `about` defaults to this process with no notices file, `updates` to a build that cannot update
 * (tests, the browser harness).
 */
export function createHandlers(
  library: EditionLibrary,
  userData: UserData,
  about: AboutSource = aboutFromProcess(null),
  updates: UpdateController = unavailableUpdates()
): ContractHandlers {
  return {
    listEditions: () => library.listEditions(),
    getEdition: (editionId) => library.getEdition(editionId),
    getChapter: (editionId, chapterId) => library.getChapter(editionId, chapterId),
    search: async (editionId, query) => (await library.getSearch(editionId)).search(query),
    getAnnotations: async (editionId) => (await library.getCompiled(editionId)).annotations,
    prepareSearch: async (editionId) => {
      await library.getSearch(editionId)
      return { ready: true }
    },
    searchHighlights: async (editionId, chapterId, query) =>
      (await library.getSearch(editionId)).highlights(chapterId, query),
    ...bookmarkHandlers(library, userData),
    ...settingsHandlers(userData),
    ...aboutHandlers(library, about),
    ...updateHandlers(updates)
  }
}
