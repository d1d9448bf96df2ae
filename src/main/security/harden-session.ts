/**
 * No request leaves the machine and no permission is granted: a reader needs neither the camera nor
 * the network (Electron security checklist items 5 and 19).
 */
import type { Session } from 'electron'
import { isAllowedRequest, type AppOrigin } from './app-origin'

export function hardenSession(session: Session, origin: AppOrigin): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, origin) })
  })
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
