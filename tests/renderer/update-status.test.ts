/**
 * The update line in the page, driven through the real bridge, IPC registration and update controller,
 * with a fake updater in electron-updater's place. The line is heard through the app's polite region,
 * once per new line; it is not a live region itself.
 */
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import LiveAnnouncer from '../../src/renderer/src/components/LiveAnnouncer.vue'
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
import { listen, otherLiveRegions, type Heard } from './support/announcer'

let ipc: FakeIpc
let updater: FakeUpdater
let wrapper: VueWrapper | null = null
let announcer: VueWrapper | null = null
let heard: Heard

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
  heard = listen()
  announcer = mount(LiveAnnouncer, { attachTo: document.body })
})
afterEach(() => {
  wrapper?.unmount()
  announcer?.unmount()
  heard.stop()
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
    await heard.once('polite', 'No update found.')
    expect(heard.alert).toEqual([])
  })

  it('offers the update it found, downloads it, then offers the restart that installs it', async () => {
    appWith(async () => ({ version: '0.2.0' }))
    wrapper = mount(UpdateStatus)
    menu()
    await vi.waitFor(() => expect(line()).toContain('Elshi 0.2.0 is available.'))
    await heard.once('polite', 'Elshi 0.2.0 is available.')
    await wrapper.get('button:not([aria-label])').trigger('click')
    await vi.waitFor(() => expect(line()).toContain('Elshi 0.2.0 is ready and installs when you restart.'))
    await heard.once('polite', 'Elshi 0.2.0 is ready and installs when you restart.')
    expect(wrapper.get('button:not([aria-label])').text()).toBe('Restart to update')
    await wrapper.get('button:not([aria-label])').trigger('click')
    await vi.waitFor(() => expect(updater.installs).toBe(1))
  })

  it('says it is offline in one line that the reader can dismiss', async () => {
    appWith(() => Promise.reject(new Error('net::ERR_INTERNET_DISCONNECTED')))
    wrapper = mount(UpdateStatus)
    menu()
    await vi.waitFor(() => expect(line()).toContain('Could not check for updates: no connection.'))
    // Heard through the announcer, and only there: the line itself is no live region.
    await heard.once('polite', 'Could not check for updates: no connection.')
    const shown = wrapper.get('.update-status')
    expect(shown.attributes('role')).toBeUndefined()
    expect(shown.attributes('aria-live')).toBeUndefined()
    expect(otherLiveRegions()).toEqual([])
    await wrapper.get('button[aria-label="Dismiss"]').trigger('click')
    expect(wrapper.find('.update-status').exists()).toBe(false)
  })

  it('says the line again when the reader checks again after dismissing it', async () => {
    appWith(async () => null)
    wrapper = mount(UpdateStatus)
    menu()
    await heard.once('polite', 'No update found.')
    await wrapper.get('button[aria-label="Dismiss"]').trigger('click')
    menu()
    await vi.waitFor(() => expect(heard.polite.filter((said) => said === 'No update found.')).toHaveLength(2))
    expect(line()).toContain('No update found.')
  })
})
