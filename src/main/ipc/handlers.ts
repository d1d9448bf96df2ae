/** The contract's methods, implemented by the main-process services. Shared by IPC and the test bridge. */
import type { ContractHandlers } from '../../shared/contract'
import type { EditionLibrary } from '../edition/edition-library'
import type { UserData } from '../user-data/user-data'
import { bookmarkHandlers } from './bookmark-handlers'
import { settingsHandlers } from './settings-handlers'
import { userDataHandlers } from './user-data-handlers'
import type { Desktop } from '../user-data/desktop'

/** `desktop` is Electron's shell in the app; without it (tests, the browser harness) Show in folder says it is unavailable. */
export function createHandlers(
  library: EditionLibrary,
  userData: UserData,
  desktop: Desktop | null = null
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
    ...userDataHandlers(userData, desktop)
  }
}
