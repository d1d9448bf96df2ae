/** The contract's methods, implemented by the main-process services. Shared by IPC and the test bridge. */
import type { ContractHandlers } from '../../shared/contract'
import type { EditionLibrary } from '../edition/edition-library'
import { desktopHandlers, NO_DESKTOP } from '../dialogs/desktop-handlers'
import type { DesktopPorts } from '../dialogs/desktop-ports'
import { unavailableUpdates, type UpdateController } from '../updates/update-controller'
import type { UserData } from '../user-data/user-data'
import { aboutFromProcess, type AboutSource } from '../about/app-info'
import { aboutHandlers } from './about-handlers'
import { bookmarkHandlers } from './bookmark-handlers'
import { settingsHandlers } from './settings-handlers'
import { userDataHandlers } from './user-data-handlers'
import { updateHandlers } from './update-handlers'
import type { Desktop } from '../user-data/desktop'
import { createLocaleService, type LocaleService } from '../i18n/locale-service'
import { localeHandlers } from './locale-handlers'

export interface HandlerOptions {
  /** What the About panel describes; defaults to this process with no notices file (tests, the harness). */
  readonly about?: AboutSource
  /** Electron's shell in the app; without it (tests, the harness) Show in folder says it is unavailable. */
  readonly desktop?: Desktop | null
  /** The OS dialogs, printing and clipboard; without them (tests, the harness) those answer 'unavailable'. */
  readonly dialogs?: DesktopPorts
  /** The updater; defaults to a build that cannot update (tests, the harness). */
  readonly updates?: UpdateController
  /** The interface language; defaults to the settings' choice with no OS languages (tests, the harness). */
  readonly locale?: LocaleService
}

export function createHandlers(
  library: EditionLibrary,
  userData: UserData,
  options: HandlerOptions = {}
): ContractHandlers {
  const locale = options.locale ?? createLocaleService(userData.settings, () => [])
  const bookmarkMethods = bookmarkHandlers(library, userData, () => locale.current().locale)
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
    searchHighlights: async (editionId, chapterId, query, searchOptions) =>
      (await library.getSearch(editionId)).highlights(chapterId, query, searchOptions),
    ...bookmarkMethods,
    ...settingsHandlers(userData),
    ...aboutHandlers(library, options.about ?? aboutFromProcess(null)),
    ...userDataHandlers(userData, options.desktop ?? null),
    ...desktopHandlers(options.dialogs ?? NO_DESKTOP, bookmarkMethods, () => locale.current().locale),
    ...updateHandlers(options.updates ?? unavailableUpdates()),
    ...localeHandlers(locale, userData.loaded)
  }
}
