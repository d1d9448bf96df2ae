/** The contract's methods, implemented by the main-process services. Shared by IPC and the test bridge. */
import type { ContractHandlers } from '../../shared/contract'
import type { EditionLibrary } from '../edition/edition-library'
import type { UserData } from '../user-data/user-data'
import { bookmarkHandlers } from './bookmark-handlers'
import { settingsHandlers } from './settings-handlers'

export function createHandlers(library: EditionLibrary, userData: UserData): ContractHandlers {
  return {
    listEditions: () => library.listEditions(),
    getEdition: (editionId) => library.getEdition(editionId),
    getChapter: (editionId, chapterId) => library.getChapter(editionId, chapterId),
    search: async (editionId, query, options) => (await library.getSearch(editionId)).search(query, options),
    getAnnotations: async (editionId) => (await library.getCompiled(editionId)).annotations,
    prepareSearch: async (editionId) => {
      await library.getSearch(editionId)
      return { ready: true }
    },
    searchHighlights: async (editionId, chapterId, query, options) =>
      (await library.getSearch(editionId)).highlights(chapterId, query, options),
    ...bookmarkHandlers(library, userData),
    ...settingsHandlers(userData)
  }
}
