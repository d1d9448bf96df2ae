/**
 * electron-updater behind the UpdaterPort, loaded on the first check only (nothing of it runs at
 * start-up). It never downloads on its own (autoDownload off): the reader chooses to. Needs a packaged
 * app with resources/app-update.yml (electron-builder writes it from `publish`), so it runs on a
 * release build only; the controller is tested with a fake in its place.
 */
import type { UpdaterPort } from './update-controller'

/** electron-updater makes its requests in this session partition (see its electronHttpExecutor). */
export const UPDATER_SESSION_PARTITION = 'electron-updater'

export async function loadElectronUpdater(): Promise<UpdaterPort> {
  const { autoUpdater, CancellationToken } = await import('electron-updater')
  autoUpdater.autoDownload = false
  autoUpdater.autoInstallOnAppQuit = true
  autoUpdater.allowPrerelease = false
  autoUpdater.logger = null
  return {
    async checkForUpdates() {
      const result = await autoUpdater.checkForUpdates()
      return result?.isUpdateAvailable ? { version: result.updateInfo.version } : null
    },
    async downloadUpdate(signal) {
      const token = new CancellationToken()
      signal.addEventListener('abort', () => token.cancel())
      await autoUpdater.downloadUpdate(token)
    },
    quitAndInstall: () => autoUpdater.quitAndInstall()
  }
}
