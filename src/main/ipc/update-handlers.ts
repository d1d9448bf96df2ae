/** The update methods: thin calls into the update controller, which owns the state and the network. */
import type { ContractHandlers } from '../../shared/contract'
import type { UpdateController } from '../updates/update-controller'

export function updateHandlers(
  updates: UpdateController
): Pick<ContractHandlers, 'getUpdateStatus' | 'checkForUpdates' | 'downloadUpdate' | 'installUpdate'> {
  return {
    getUpdateStatus: () => updates.status,
    checkForUpdates: () => updates.check(),
    downloadUpdate: () => updates.download(),
    installUpdate: () => updates.install()
  }
}
