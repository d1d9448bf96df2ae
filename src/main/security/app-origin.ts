/**
 * What counts as "the app": the built renderer served at app://elshi/, or the dev server in development.
 * Everything else is foreign: navigation to it is blocked, IPC from it is refused, requests to it
 * cancelled. Files on disk (file://) are never the app, so a page cannot reach them.
 */
import { APP_HOST, APP_SCHEME } from '../protocol/app-scheme'

export interface AppOrigin {
  /** The dev server origin (e.g. http://localhost:5173) or null in a built app. */
  readonly devServerOrigin: string | null
}

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

export function isAppUrl(url: string, origin: AppOrigin): boolean {
  const parsed = parse(url)
  if (!parsed) return false
  // A standard scheme's origin is scheme://host; Node's URL gives custom schemes an opaque origin.
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST && parsed.username === ''
  return origin.devServerOrigin !== null && parsed.origin === origin.devServerOrigin
}

/** Requests the page may make: its own files and, in development, the dev server (incl. its websocket). */
export function isAllowedRequest(url: string, origin: AppOrigin): boolean {
  const parsed = parse(url)
  if (!parsed) return false
  // blob: URLs hold data the page made itself (a bookmarks export being saved): nothing leaves the machine.
  if (parsed.protocol === 'devtools:' || parsed.protocol === 'data:' || parsed.protocol === 'blob:')
    return true
  if (parsed.protocol === 'ws:' && origin.devServerOrigin)
    return `http://${parsed.host}` === origin.devServerOrigin
  return isAppUrl(url, origin)
}
