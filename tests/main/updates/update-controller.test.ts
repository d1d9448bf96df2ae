import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  createUpdateController,
  type UpdateControllerOptions
} from '../../../src/main/updates/update-controller'
import { createUpdateNetwork } from '../../../src/main/updates/update-network'
import type { UpdateStatus } from '../../../src/shared/updates/status'
import { fakeUpdater, httpError, type FakeUpdater } from './fake-updater'

const REPO = { owner: 'elshi-reader', repo: 'elshi' }

function controllerWith(updater: FakeUpdater, options: Partial<UpdateControllerOptions> = {}) {
  const pushed: UpdateStatus[] = []
  const load = vi.fn(async () => updater)
  const controller = createUpdateController({
    loadUpdater: load,
    canInstall: true,
    network: createUpdateNetwork(REPO),
    downloadTimeoutMs: 60_000,
    onStatus: (status) => pushed.push(status),
    ...options
  })
  return { controller, pushed, load }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('checking for updates', () => {
  it('loads the updater only when the reader first checks, and says when one is available', async () => {
    const { controller, pushed, load } = controllerWith(
      fakeUpdater({ check: async () => ({ version: '0.2.0' }) })
    )
    expect(load).not.toHaveBeenCalled()
    const status = await controller.check()
    expect(status).toEqual({
      state: 'available',
      version: '0.2.0',
      line: 'available',
      action: 'download'
    })
    expect(pushed.map((s) => s.state)).toEqual(['checking', 'available'])
    expect(load).toHaveBeenCalledOnce()
  })

  it('says no update was found when this is the latest version', async () => {
    const { controller } = controllerWith(fakeUpdater({ check: async () => null }))
    expect(await controller.check()).toMatchObject({
      state: 'up-to-date',
      line: 'noUpdate',
      action: 'none'
    })
  })

  it('treats a 403 or a rate limit from GitHub as no update found, not as an error', async () => {
    for (const error of [
      httpError(403, 'HttpError: 403 Forbidden'),
      httpError(429, 'Too Many Requests'),
      new Error('API rate limit exceeded for 203.0.113.7')
    ]) {
      const { controller } = controllerWith(fakeUpdater({ check: () => Promise.reject(error) }))
      expect(await controller.check()).toMatchObject({ state: 'up-to-date', line: 'noUpdate' })
    }
  })

  it('says in one calm line that it is offline when the host cannot be reached', async () => {
    const { controller } = controllerWith(
      fakeUpdater({ check: () => Promise.reject(new Error('net::ERR_INTERNET_DISCONNECTED')) })
    )
    expect(await controller.check()).toEqual({
      state: 'offline',
      version: null,
      line: 'offline',
      action: 'none'
    })
  })

  it('reports any other failure as a line to try again later, and can try again', async () => {
    let fail = true
    const updater = fakeUpdater({
      check: async () => {
        if (fail) throw httpError(500, 'Internal Server Error')
        return null
      }
    })
    const { controller, load } = controllerWith(updater)
    expect(await controller.check()).toMatchObject({
      state: 'failed',
      line: 'failed'
    })
    fail = false
    expect(await controller.check()).toMatchObject({ state: 'up-to-date' })
    expect(load).toHaveBeenCalledTimes(2)
  })

  it('only tells a deb or rpm install that a new version exists: no download, no install', async () => {
    const updater = fakeUpdater({ check: async () => ({ version: '0.2.0' }) })
    const { controller } = controllerWith(updater, { canInstall: false })
    expect(await controller.check()).toEqual({
      state: 'available',
      version: '0.2.0',
      line: 'packageManager',
      action: 'none'
    })
    expect((await controller.download()).state).toBe('available')
    expect(updater.lastSignal).toBeNull()
  })

  it('keeps an automatic check quiet unless it finds an update', async () => {
    const offline = controllerWith(
      fakeUpdater({ check: () => Promise.reject(new Error('getaddrinfo ENOTFOUND github.com')) })
    )
    expect(await offline.controller.check({ automatic: true })).toMatchObject({ state: 'idle', line: null })
    expect(offline.pushed.map((s) => s.state)).toEqual(['idle'])
    const found = controllerWith(fakeUpdater({ check: async () => ({ version: '0.3.0' }) }))
    expect((await found.controller.check({ automatic: true })).state).toBe('available')
  })

  it('says updates are checked only in installed builds when there is no updater, when asked', async () => {
    const { controller, pushed } = controllerWith(fakeUpdater({ check: async () => null }), {
      loadUpdater: null
    })
    expect(await controller.check({ automatic: true })).toMatchObject({ state: 'idle' })
    expect(pushed).toEqual([])
    expect(await controller.check()).toMatchObject({ state: 'unavailable' })
  })

  it('runs one check at a time: a second request while checking shares the first', async () => {
    let finish: (value: null) => void = () => {}
    const updater = fakeUpdater({ check: () => new Promise((resolve) => (finish = resolve)) })
    const { controller } = controllerWith(updater)
    const first = controller.check()
    const second = controller.check()
    await vi.waitFor(() => expect(updater.checks).toBe(1))
    finish(null)
    expect(await first).toEqual(await second)
    expect(updater.checks).toBe(1)
  })
})

describe('downloading and installing', () => {
  it('downloads the update found, then installs it on request', async () => {
    const updater = fakeUpdater({ check: async () => ({ version: '0.2.0' }) })
    const { controller, pushed } = controllerWith(updater)
    await controller.check()
    expect(await controller.download()).toEqual({
      state: 'ready',
      version: '0.2.0',
      line: 'ready',
      action: 'install'
    })
    expect(pushed.map((s) => s.state)).toEqual(['checking', 'available', 'downloading', 'ready'])
    controller.install()
    await vi.waitFor(() => expect(updater.installs).toBe(1))
  })

  it('stops a download that does not finish in time, says so, and offers it again', async () => {
    vi.useFakeTimers()
    const updater = fakeUpdater({
      check: async () => ({ version: '0.2.0' }),
      download: () => new Promise(() => {})
    })
    const { controller } = controllerWith(updater, { downloadTimeoutMs: 5000 })
    await controller.check()
    const download = controller.download()
    await vi.advanceTimersByTimeAsync(5000)
    expect(await download).toEqual({
      state: 'available',
      version: '0.2.0',
      line: 'downloadTimedOut',
      action: 'download'
    })
    expect(updater.lastSignal?.aborted).toBe(true)
  })

  it('says a download failed offline, and never installs what was not downloaded', async () => {
    const updater = fakeUpdater({
      check: async () => ({ version: '0.2.0' }),
      download: () => Promise.reject(new Error('net::ERR_NETWORK_CHANGED'))
    })
    const { controller } = controllerWith(updater)
    await controller.check()
    expect(await controller.download()).toMatchObject({
      state: 'available',
      line: 'downloadOffline'
    })
    controller.install()
    expect(updater.installs).toBe(0)
  })
})
