/** A stand-in for electron-updater: each call does what the test scripted, and records what it saw. */
import type { UpdaterPort } from '../../../src/main/updates/update-controller'

export interface FakeUpdater extends UpdaterPort {
  checks: number
  installs: number
  lastSignal: AbortSignal | null
}

/** An error as electron-updater's HTTP layer raises it (builder-util-runtime's HttpError has statusCode). */
export function httpError(statusCode: number, message: string): Error {
  return Object.assign(new Error(message), { statusCode })
}

export function fakeUpdater(script: {
  check: () => Promise<{ version: string } | null>
  download?: (signal: AbortSignal) => Promise<void>
}): FakeUpdater {
  const fake: FakeUpdater = {
    checks: 0,
    installs: 0,
    lastSignal: null,
    async checkForUpdates() {
      fake.checks++
      return script.check()
    },
    async downloadUpdate(signal) {
      fake.lastSignal = signal
      return (script.download ?? (async () => {}))(signal)
    },
    quitAndInstall() {
      fake.installs++
    }
  }
  return fake
}
