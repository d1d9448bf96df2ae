/** An ElshiApi backed by the real main-process services over the fake IPC pair, for renderer tests. */
import { createEditionLibrary } from '../../src/main/edition/edition-library'
import { createHandlers } from '../../src/main/ipc/handlers'
import { registerContract } from '../../src/main/ipc/register-contract'
import { createBridge } from '../../src/preload/bridge'
import type { ElshiApi } from '../../src/shared/contract'
import { COMPILED_EDITIONS } from './edition-paths'
import { createFakeIpc } from './fake-ipc'

export function realBridge(): ElshiApi {
  const ipc = createFakeIpc()
  registerContract(ipc.ipcMain, createHandlers(createEditionLibrary(COMPILED_EDITIONS)), () => true)
  return createBridge(ipc.rendererFrom('app://test'))
}
