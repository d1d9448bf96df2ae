/**
 * Makes Elshi the handler of elshi:// links. A development run is `electron .` (process.defaultApp), so
 * the OS must be told to start Electron with the app's folder, or the link would open a bare Electron.
 */
import { app } from 'electron'
import { resolve } from 'node:path'
import { DEEP_LINK_SCHEME } from './parse-deep-link'

export function registerElshiProtocol(): void {
  const appPath = process.argv[1]
  if (process.defaultApp && appPath)
    app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME, process.execPath, [resolve(appPath)])
  else app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME)
}
