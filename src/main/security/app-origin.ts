/**
 * What counts as "the app": the built renderer's index.html on disk, or the dev server in development.
 * Everything else is foreign: navigation to it is blocked, IPC from it is refused, requests to it cancelled.
 */
export interface AppOrigin {
  /** The file URL of the built renderer folder, ending in "/". */
  readonly rendererDirUrl: string
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
  if (parsed.protocol === 'file:') return parsed.href.startsWith(origin.rendererDirUrl)
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
