/** The interface-language method. Waits for the data files, so the reader's choice is known. */
import type { ContractHandlers } from '../../shared/contract'
import type { LocaleService } from '../i18n/locale-service'

export function localeHandlers(
  locale: LocaleService,
  loaded: Promise<unknown>
): Pick<ContractHandlers, 'getLocale'> {
  return {
    async getLocale(pageLanguages) {
      await loaded
      return locale.offerPageLanguages(pageLanguages)
    }
  }
}
