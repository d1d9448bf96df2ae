/**
 * Main's request filter with the update exception: the release host gets through only while a check
 * (or download) runs, and nothing else ever does.
 */
import { describe, expect, it } from 'vitest'
import type { AppOrigin } from '../../../src/main/security/app-origin'
import { createRequestAudit, filterRequest } from '../../../src/main/security/harden-session'
import { createUpdateController } from '../../../src/main/updates/update-controller'
import { createUpdateNetwork, repositoryOf } from '../../../src/main/updates/update-network'
import { fakeUpdater } from './fake-updater'

const origin: AppOrigin = { devServerOrigin: null }
const APP_FILE = 'app://elshi/index.html'
const repository = { owner: 'elshi-reader', repo: 'elshi' }
const FEED = 'https://github.com/elshi-reader/elshi/releases.atom'
const METADATA = 'https://github.com/elshi-reader/elshi/releases/download/v0.2.0/latest.yml'
const ASSET = 'https://release-assets.githubusercontent.com/github-production-release-asset/1/abc?sp=r'
const ELSEWHERE = [
  'https://example.com/tracker.js',
  'https://github.com/someone-else/elshi/releases.atom',
  'https://github.com/elshi-reader/elshi/issues',
  'http://github.com/elshi-reader/elshi/releases.atom',
  'https://api.github.com/repos/elshi-reader/elshi/releases',
  'https://user:pass@github.com/elshi-reader/elshi/releases.atom'
]

describe('the update exception in the request filter', () => {
  it('lets the release host through only while a check runs', async () => {
    const network = createUpdateNetwork(repository)
    const allowed = (url: string): boolean => filterRequest(url, origin, { alsoAllow: network.allows })
    const during: Record<string, boolean> = {}
    const updater = fakeUpdater({
      check: async () => {
        for (const url of [FEED, METADATA, ASSET, ...ELSEWHERE]) during[url] = allowed(url)
        return { version: '0.2.0' }
      }
    })
    const controller = createUpdateController({
      loadUpdater: async () => updater,
      canInstall: true,
      network,
      downloadTimeoutMs: 1000
    })

    expect([FEED, METADATA, ASSET].map(allowed)).toEqual([false, false, false])
    await controller.check()
    expect(during).toEqual({
      [FEED]: true,
      [METADATA]: true,
      [ASSET]: true,
      ...Object.fromEntries(ELSEWHERE.map((url) => [url, false]))
    })
    expect([FEED, METADATA, ASSET].map(allowed)).toEqual([false, false, false])
    expect(network.isOpen).toBe(false)
  })

  it('closes the exception when a check fails too', async () => {
    const network = createUpdateNetwork(repository)
    const controller = createUpdateController({
      loadUpdater: async () => fakeUpdater({ check: () => Promise.reject(new Error('boom')) }),
      canInstall: true,
      network,
      downloadTimeoutMs: 1000
    })
    await controller.check()
    expect(network.isOpen).toBe(false)
    expect(filterRequest(FEED, origin, { alsoAllow: network.allows })).toBe(false)
  })

  it("still lets the app's own files through, and counts what would have left the machine", () => {
    const audit = createRequestAudit()
    const network = createUpdateNetwork(repository)
    const options = { alsoAllow: network.allows, audit }
    expect(filterRequest(APP_FILE, origin, options)).toBe(true)
    expect(filterRequest('https://example.com/', origin, options)).toBe(false)
    const close = network.open()
    expect(filterRequest(FEED, origin, options)).toBe(true)
    close()
    expect(audit).toEqual({ allowed: 2, blocked: 1, leftMachine: 1 })
  })

  it("reads owner and repository from package.json's repository URL", () => {
    expect(repositoryOf('git+https://github.com/elshi-reader/elshi.git')).toEqual(repository)
    expect(repositoryOf('https://gitlab.com/a/b')).toBeNull()
  })
})
