/**
 * The update state machine: check, download, install, each told to the page as one UpdateStatus. The
 * updater itself (electron-updater in the app, a fake in tests) is loaded only when the first check
 * runs, and the network exception is open only while a check or download is under way.
 */
import { IDLE_UPDATE_STATUS, type UpdateLine, type UpdateStatus } from '../../shared/updates/status'
import { classifyCheckError } from './classify-error'
import type { UpdateNetwork } from './update-network'

/** What the controller needs from an updater: electron-updater's autoUpdater fits behind it. */
export interface UpdaterPort {
  /** The newer version, or null when this one is the latest. */
  checkForUpdates(): Promise<{ version: string } | null>
  /** Downloads the update found by the last check; aborting the signal cancels it. */
  downloadUpdate(signal: AbortSignal): Promise<void>
  quitAndInstall(): void
}

export interface UpdateControllerOptions {
  /** null when this build cannot update (development, tests, the harness). */
  readonly loadUpdater: (() => Promise<UpdaterPort>) | null
  /** False for deb and rpm: those builds only tell the reader that a new version exists. */
  readonly canInstall: boolean
  readonly network: Pick<UpdateNetwork, 'open'>
  readonly downloadTimeoutMs: number
  readonly onStatus?: (status: UpdateStatus) => void
}

export interface UpdateController {
  readonly status: UpdateStatus
  /** `automatic`: the daily check, which stays quiet unless it finds an update. */
  check(options?: { automatic?: boolean }): Promise<UpdateStatus>
  download(): Promise<UpdateStatus>
  install(): UpdateStatus
}

/** The status and its one line, a code the page puts into words (`updates.*` in the message files). */
const status = (
  state: UpdateStatus['state'],
  line: UpdateLine,
  rest: Partial<UpdateStatus> = {}
): UpdateStatus => ({
  ...IDLE_UPDATE_STATUS,
  state,
  line,
  ...rest
})

export function createUpdateController(options: UpdateControllerOptions): UpdateController {
  let current = IDLE_UPDATE_STATUS
  let updater: Promise<UpdaterPort> | null = null
  let running: Promise<UpdateStatus> | null = null

  const set = (next: UpdateStatus): UpdateStatus => {
    current = next
    options.onStatus?.(next)
    return next
  }

  /** One operation at a time, with the network exception open exactly as long as it runs. */
  const exclusive = (work: () => Promise<UpdateStatus>): Promise<UpdateStatus> => {
    if (running) return running
    const close = options.network.open()
    running = work().finally(() => {
      close()
      running = null
    })
    return running
  }

  const check = async (automatic: boolean): Promise<UpdateStatus> => {
    const load = options.loadUpdater
    const before = current
    if (!load) return automatic ? before : set(status('unavailable', 'unavailable'))
    if (!automatic) set(status('checking', 'checking'))
    try {
      updater ??= load()
      const found = await (await updater).checkForUpdates()
      if (!found) return automatic ? set(before) : set(status('up-to-date', 'noUpdate'))
      return set(
        options.canInstall
          ? status('available', 'available', { version: found.version, action: 'download' })
          : status('available', 'packageManager', { version: found.version })
      )
    } catch (error) {
      updater = null
      if (automatic) return set(before)
      const kind = classifyCheckError(error)
      if (kind === 'no-update') return set(status('up-to-date', 'noUpdate'))
      return set(status(kind, kind === 'offline' ? 'offline' : 'failed'))
    }
  }

  const download = async (): Promise<UpdateStatus> => {
    const version = current.version
    if (current.state !== 'available' || !options.canInstall || !version || !updater) return current
    set(status('downloading', 'downloading', { version }))
    const abort = new AbortController()
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      abort.abort()
    }, options.downloadTimeoutMs)
    try {
      // The timeout wins even over an updater that does not honour the signal.
      const stopped = new Promise<never>((_, reject) =>
        abort.signal.addEventListener('abort', () => reject(new Error('download timed out')))
      )
      await Promise.race([(await updater).downloadUpdate(abort.signal), stopped])
      return set(status('ready', 'ready', { version, action: 'install' }))
    } catch (error) {
      const line: UpdateLine = timedOut
        ? 'downloadTimedOut'
        : classifyCheckError(error) === 'offline'
          ? 'downloadOffline'
          : 'downloadFailed'
      return set(status('available', line, { version, action: 'download' }))
    } finally {
      clearTimeout(timer)
    }
  }

  return {
    get status() {
      return current
    },
    check: (opts) => exclusive(() => check(opts?.automatic === true)),
    download: () => exclusive(download),
    install() {
      if (current.state === 'ready' && updater) void updater.then((u) => u.quitAndInstall())
      return current
    }
  }
}

/** For builds that cannot update (development, tests, the harness): every check says so. */
export const unavailableUpdates = (): UpdateController =>
  createUpdateController({
    loadUpdater: null,
    canInstall: false,
    network: { open: () => () => {} },
    downloadTimeoutMs: 0
  })
