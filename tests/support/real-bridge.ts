/** An ElshiApi backed by the real main-process services over the fake IPC pair, for renderer tests. */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createEditionLibrary } from '../../src/main/edition/edition-library'
import { createHandlers } from '../../src/main/ipc/handlers'
import { pushBookmarkChanges, pushSettingsChanges } from '../../src/main/ipc/push-events'
import { registerContract } from '../../src/main/ipc/register-contract'
import { openUserData, type UserData } from '../../src/main/user-data/user-data'
import { createBridge } from '../../src/preload/bridge'
import type { ElshiApi } from '../../src/shared/contract'
import { COMPILED_EDITIONS } from './edition-paths'
import { createFakeIpc } from './fake-ipc'

/** `dataDir` defaults to a fresh temp folder, so each bridge starts with no bookmarks. */
export function realBridge(dataDir = mkdtempSync(join(tmpdir(), 'elshi-user-data-'))): ElshiApi {
  return realBridgeWithData(dataDir).api
}

export function realBridgeWithData(dataDir: string): { api: ElshiApi; userData: UserData } {
  const ipc = createFakeIpc()
  const userData = openUserData(dataDir)
  registerContract(ipc.ipcMain, createHandlers(createEditionLibrary(COMPILED_EDITIONS), userData), () => true)
  pushBookmarkChanges(userData.bookmarks, () => [ipc.webContents])
  pushSettingsChanges(userData.settings, () => [ipc.webContents])
  return { api: createBridge(ipc.rendererFrom('app://test')), userData }
}
