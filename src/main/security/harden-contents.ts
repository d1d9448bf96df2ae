/**
 * Applied to every web contents Elshi creates (Electron security checklist items 12-14):
 * no navigation away from the app, no new windows, no <webview>. Links to the web are not opened:
 * Elshi never touches the network.
 */
import type { WebContents } from 'electron'
import { isAppUrl, type AppOrigin } from './app-origin'

export function hardenContents(contents: WebContents, origin: AppOrigin): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, origin)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, origin)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}
