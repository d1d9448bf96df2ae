/**
 * Main's update wiring in one place: the controller (with electron-updater in a packaged app), the
 * network exception for the request filter, the status push, and the daily check that follows
 * settings.autoCheckUpdates. Off by default: with the setting off, nothing here touches the network
 * until the reader chooses Help → Check for Updates….
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { UpdateStatus } from '../../shared/updates/status'
import type { SettingsService } from '../settings/settings-service'
import { canSelfUpdate } from './can-self-update'
import { scheduleDailyCheck } from './daily-check'
import { loadElectronUpdater } from './electron-updater-port'
import { createUpdateController, type UpdateController } from './update-controller'
import { createUpdateNetwork, repositoryOf, type UpdateNetwork } from './update-network'

/** A download that has not finished in this long is stopped (and can be tried again). */
export const DOWNLOAD_TIMEOUT_MS = 10 * 60 * 1000

export interface UpdatesOptions {
  readonly packaged: boolean
  readonly resourcesPath: string
  /** package.json's repository URL: the releases electron-builder publishes to. */
  readonly repositoryUrl: string
  readonly settings: Pick<SettingsService, 'get' | 'onChange'>
  /** The user's data files loaded: before that, `settings.get()` holds only the defaults. */
  readonly settingsLoaded: Promise<unknown>
  readonly onStatus: (status: UpdateStatus) => void
}

export interface Updates {
  readonly controller: UpdateController
  readonly network: UpdateNetwork
  stop(): void
}

const readPackageType = (resourcesPath: string): string | null => {
  try {
    return readFileSync(join(resourcesPath, 'package-type'), 'utf8')
  } catch {
    return null
  }
}

export function startUpdates(options: UpdatesOptions): Updates {
  const repository = repositoryOf(options.repositoryUrl)
  // No repository, no host to allow: the exception stays closed to every URL.
  const network = createUpdateNetwork(repository ?? { owner: '', repo: '' })
  const controller = createUpdateController({
    loadUpdater: options.packaged && repository ? loadElectronUpdater : null,
    canInstall: canSelfUpdate(process.platform, process.env, readPackageType(options.resourcesPath)),
    network,
    downloadTimeoutMs: DOWNLOAD_TIMEOUT_MS,
    onStatus: options.onStatus
  })
  let stopped = false
  let stopSchedule = (): void => {}
  void options.settingsLoaded.then(() => {
    if (stopped) return
    stopSchedule = scheduleDailyCheck({
      enabled: () => options.settings.get().autoCheckUpdates,
      onEnabledChange: (listener) => options.settings.onChange((next) => listener(next.autoCheckUpdates)),
      check: () => controller.check({ automatic: true })
    })
  })
  const stop = (): void => {
    stopped = true
    stopSchedule()
  }
  return { controller, network, stop }
}
