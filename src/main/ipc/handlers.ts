/** The contract's methods, implemented by the main-process services. Shared by IPC and the test bridge. */
import type { ContractHandlers } from '../../shared/contract'
import type { EditionLibrary } from '../edition/edition-library'
import { unavailableUpdates, type UpdateController } from '../updates/update-controller'
import type { UserData } from '../user-data/user-data'
import { bookmarkHandlers } from './bookmark-handlers'
import { settingsHandlers } from './settings-handlers'
import { updateHandlers } from './update-handlers'

/** `updates` is the app's updater; tests and the harness get one that says updates are unavailable. */
export function createHandlers(
  library: EditionLibrary,
  userData: UserData,
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
    ...updateHandlers(updates)
  }
}
