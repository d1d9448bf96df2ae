/** An ElshiApi backed by the real main-process services over the fake IPC pair, for renderer tests. */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createEditionLibrary } from '../../src/main/edition/edition-library'
import { createHandlers } from '../../src/main/ipc/handlers'
import { pushBookmarkChanges } from '../../src/main/ipc/push-events'
import { registerContract } from '../../src/main/ipc/register-contract'
import { openUserData, type UserData } from '../../src/main/user-data/user-data'
import { createBridge } from '../../src/preload/bridge'
import type { ElshiApi } from '../../src/shared/contract'
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
  return realBridgeWithData(dataDir, editionsDir).api
}

export function realBridgeWithData(
  dataDir: string,
  editionsDir = COMPILED_EDITIONS
): { api: ElshiApi; userData: UserData } {
  const ipc = createFakeIpc()
  const userData = openUserData(dataDir)
  registerContract(ipc.ipcMain, createHandlers(createEditionLibrary(editionsDir), userData), () => true)
  pushBookmarkChanges(userData.bookmarks, () => [ipc.webContents])
  return { api: createBridge(ipc.rendererFrom('app://test')), userData }
}
