/**
 * The update line in the page, driven through the real bridge, IPC registration and update controller,
 * with a fake updater in electron-updater's place.
 */
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import UpdateStatus from '../../src/renderer/src/components/UpdateStatus.vue'
import { createEditionLibrary } from '../../src/main/edition/edition-library'
import { createHandlers } from '../../src/main/ipc/handlers'
import { pushEvent, pushUpdateStatus } from '../../src/main/ipc/push-events'
import { registerContract } from '../../src/main/ipc/register-contract'
import { createUpdateController } from '../../src/main/updates/update-controller'
import { createUpdateNetwork } from '../../src/main/updates/update-network'
import { openUserData } from '../../src/main/user-data/user-data'
import { createBridge } from '../../src/preload/bridge'
import { fakeUpdater, type FakeUpdater } from '../main/updates/fake-updater'
import { COMPILED_EDITIONS } from '../support/edition-paths'
import { createFakeIpc, type FakeIpc } from '../support/fake-ipc'

let ipc: FakeIpc
let updater: FakeUpdater
let wrapper: VueWrapper | null = null

function appWith(check: () => Promise<{ version: string } | null>): void {
  ipc = createFakeIpc()
  updater = fakeUpdater({ check })
  const controller = createUpdateController({
    loadUpdater: async () => updater,
    canInstall: true,
    network: createUpdateNetwork({ owner: 'elshi-reader', repo: 'elshi' }),
    downloadTimeoutMs: 60_000,
    onStatus: pushUpdateStatus(() => [ipc.webContents])
  })
  const userData = openUserData(mkdtempSync(join(tmpdir(), 'elshi-user-data-')))
  const handlers = createHandlers(createEditionLibrary(COMPILED_EDITIONS), userData, { updates: controller })
  registerContract(ipc.ipcMain, handlers, () => true)
  vi.stubGlobal('elshi', createBridge(ipc.rendererFrom('app://test')))
}

const line = (): string => wrapper?.find('.update-status').text() ?? ''
const menu = (): void => pushEvent([ipc.webContents], 'menuCommand', { command: 'check-updates' })

beforeEach(() => {
  wrapper = null
})
afterEach(() => {
  wrapper?.unmount()
  vi.unstubAllGlobals()
})

describe('the update line', () => {
  it('shows nothing until the reader checks from the Help menu', async () => {
    appWith(async () => null)
    wrapper = mount(UpdateStatus)
    await flushPromises()
    expect(wrapper.find('.update-status').exists()).toBe(false)
    expect(updater.checks).toBe(0)
    menu()
    await vi.waitFor(() => expect(line()).toContain('No update found.'))
  })

  it('offers the update it found, downloads it, then offers the restart that installs it', async () => {
    appWith(async () => ({ version: '0.2.0' }))
    wrapper = mount(UpdateStatus)
    menu()
    await vi.waitFor(() => expect(line()).toContain('Elshi 0.2.0 is available.'))
    await wrapper.get('button:not([aria-label])').trigger('click')
    await vi.waitFor(() => expect(line()).toContain('Elshi 0.2.0 is ready and installs when you restart.'))
    expect(wrapper.get('button:not([aria-label])').text()).toBe('Restart to update')
    await wrapper.get('button:not([aria-label])').trigger('click')
    await vi.waitFor(() => expect(updater.installs).toBe(1))
  })

  it('says it is offline in one line that the reader can dismiss', async () => {
    appWith(() => Promise.reject(new Error('net::ERR_INTERNET_DISCONNECTED')))
    wrapper = mount(UpdateStatus)
    menu()
    await vi.waitFor(() => expect(line()).toContain('Could not check for updates: no connection.'))
    expect(wrapper.get('.update-status').attributes('role')).toBe('status')
    await wrapper.get('button[aria-label="Dismiss"]').trigger('click')
    expect(wrapper.find('.update-status').exists()).toBe(false)
  })
})
