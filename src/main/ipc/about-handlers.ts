/** The About panel's methods: facts about this build, and the third-party notices it ships. */
import type { ContractHandlers } from '../../shared/contract'
import { appInfo, readThirdPartyNotices, type AboutSource } from '../about/app-info'
import type { EditionLibrary } from '../edition/edition-library'

export function aboutHandlers(
  library: EditionLibrary,
  about: AboutSource
): Pick<ContractHandlers, 'getAppInfo' | 'getThirdPartyNotices'> {
  return {
    getAppInfo: async () => appInfo(about, await library.listEditions()),
    getThirdPartyNotices: () => readThirdPartyNotices(about)
  }
}
