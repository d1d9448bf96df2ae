/** An ElshiApi backed by the real main-process services over the fake IPC pair, for renderer tests. */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AboutSource } from '../../src/main/about/app-info'
import { createEditionLibrary } from '../../src/main/edition/edition-library'
import { createHandlers } from '../../src/main/ipc/handlers'
import { pushBookmarkChanges, pushLocaleChanges, pushSettingsChanges } from '../../src/main/ipc/push-events'
import { createLocaleService } from '../../src/main/i18n/locale-service'
import { registerContract } from '../../src/main/ipc/register-contract'
import { openUserData, type UserData } from '../../src/main/user-data/user-data'
import { createBridge } from '../../src/preload/bridge'
import {
  eventChannelOf,
  type ContractEvent,
  type ElshiApi,
  type EventPayload
} from '../../src/shared/contract'
import { COMPILED_EDITIONS } from './edition-paths'
import { createFakeIpc } from './fake-ipc'

/**
 * `dataDir` defaults to a fresh temp folder, so each bridge starts with no bookmarks; `editionsDir` to
 * the compiled bundled editions.
 */
export function realBridge(
  dataDir = mkdtempSync(join(tmpdir(), 'elshi-user-data-')),
  editionsDir = COMPILED_EDITIONS
): ElshiApi {
  return realBridgeWithData(dataDir, undefined, editionsDir).api
}

export interface RealBridge {
  readonly api: ElshiApi
  readonly userData: UserData
  /** Sends a push from main, as `webContents.send` would (the menu, a deep link). */
  push<E extends ContractEvent>(event: E, payload: EventPayload<E>): void
  /** Sends anything on any channel, to check the preload refuses what the contract does not promise. */
  pushRaw(channel: string, payload: unknown): void
}

/**
 * `about` stands in for the Electron process the About panel describes (default: this Node process);
 * `editionsDir` defaults to the compiled bundled editions.
 */
export function realBridgeWithData(
  dataDir: string,
  about?: AboutSource,
  editionsDir = COMPILED_EDITIONS
): RealBridge {
  const ipc = createFakeIpc()
  const userData = openUserData(dataDir)
  // No OS languages here: the page's navigator.languages decide when no language is chosen.
  const locale = createLocaleService(userData.settings, () => [])
  const handlers = createHandlers(createEditionLibrary(editionsDir), userData, { about, locale })
  registerContract(ipc.ipcMain, handlers, () => true)
  pushBookmarkChanges(userData.bookmarks, () => [ipc.webContents])
  pushSettingsChanges(userData.settings, () => [ipc.webContents])
  pushLocaleChanges(locale, () => [ipc.webContents])
  return {
    api: createBridge(ipc.rendererFrom('app://test')),
    userData,
    push: (event, payload) => ipc.webContents.send(eventChannelOf(event), payload),
    pushRaw: (channel, payload) => ipc.webContents.send(channel, payload)
  }
}
