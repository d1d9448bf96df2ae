/**
 * The settings methods. Both wait for the data files to load, so a page never sees the defaults first,
 * and both answer the settings with main's revision, by which the page orders answers and pushes.
 */
import type { ContractHandlers } from '../../shared/contract'
import type { UserData } from '../user-data/user-data'
import { unwrap } from './unwrap'

export function settingsHandlers(
  userData: UserData
): Pick<ContractHandlers, 'getSettings' | 'updateSettings'> {
  const { settings, loaded } = userData
  return {
    async getSettings() {
      await loaded
      return settings.state()
    },
    async updateSettings(change) {
      await loaded
      return unwrap(await settings.update(change))
    }
  }
}
