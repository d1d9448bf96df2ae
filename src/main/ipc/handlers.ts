/** The contract's methods, implemented by the main-process services. Shared by IPC and the test bridge. */
import type { ContractHandlers } from '../../shared/contract'
import type { EditionLibrary } from '../edition/edition-library'
import { desktopHandlers, NO_DESKTOP } from '../dialogs/desktop-handlers'
import type { DesktopPorts } from '../dialogs/desktop-ports'
import type { UserData } from '../user-data/user-data'
import { bookmarkHandlers } from './bookmark-handlers'
import { settingsHandlers } from './settings-handlers'

export function createHandlers(
  library: EditionLibrary,
  userData: UserData,
  desktop: DesktopPorts = NO_DESKTOP
): ContractHandlers {
  const bookmarkMethods = bookmarkHandlers(library, userData)
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
    ...bookmarkMethods,
    ...settingsHandlers(userData),
    ...desktopHandlers(desktop, bookmarkMethods)
  }
}
