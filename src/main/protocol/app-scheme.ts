/**
 * The built renderer is served from `app://elshi/`, a privileged standard scheme, instead of `file://`:
 * under `file://` the CSP's 'self' means any file on the disk; under app://elshi it means the app's own
 * files only. Development keeps the dev server.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'elshi'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`

/** The path part of an app:// URL exactly as requested (not normalized), or null for any other URL. */
export function appRequestPath(url: string): string | null {
  const prefix = APP_ORIGIN.toLowerCase()
  if (!url.toLowerCase().startsWith(prefix)) return null
  const rest = url.slice(prefix.length)
  if (rest === '') return '/'
  // app://elshi.evil/ or app://elshi:8080/ is another host, not the app.
  return /^[/?#]/.test(rest) ? rest : null
}
