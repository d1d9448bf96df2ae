/**
 * No request leaves the machine and no permission is granted: a reader needs neither the camera nor
 * the network (Electron security checklist items 5 and 19). The one exception is the update check
 * (src/main/updates), which the reader starts or switches on, and only while it runs.
 */
import type { Session } from 'electron'
import { isAllowedRequest, type AppOrigin } from './app-origin'

/** What the filter let through and refused; `leftMachine` counts allowed requests to another host. */
export interface RequestAudit {
  allowed: number
  blocked: number
  leftMachine: number
}

export interface RequestFilterOptions {
  /** Lets through a request the app's own rules refuse: the update host, while a check runs. */
  readonly alsoAllow?: (url: string) => boolean
  readonly audit?: RequestAudit
}

export const createRequestAudit = (): RequestAudit => ({ allowed: 0, blocked: 0, leftMachine: 0 })

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/

function leavesMachine(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url)
    return /^(https?|wss?):$/.test(protocol) && !LOOPBACK.test(hostname)
  } catch {
    return false
  }
}

/** The filter's decision for one request (true: let it through), counted in the audit. */
export function filterRequest(url: string, origin: AppOrigin, options: RequestFilterOptions = {}): boolean {
  const allowed = isAllowedRequest(url, origin) || options.alsoAllow?.(url) === true
  if (options.audit) {
    if (allowed) options.audit.allowed++
    else options.audit.blocked++
    if (allowed && leavesMachine(url)) options.audit.leftMachine++
  }
  return allowed
}

export function hardenSession(session: Session, origin: AppOrigin, options: RequestFilterOptions = {}): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !filterRequest(details.url, origin, options) })
  })
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
