/** The reader window. Shown only once painted, so the reader never sees a white flash. */
import { BrowserWindow } from 'electron'
import { join } from 'node:path'
import { APP_INDEX_URL } from '../protocol/app-scheme'

export function createMainWindow(devServerUrl: string | null): BrowserWindow {
  const window = new BrowserWindow({
    width: 1180,
    height: 820,
    minWidth: 420,
    minHeight: 360,
    show: false,
    title: 'Elshi',
    autoHideMenuBar: true,
    backgroundColor: '#f7f4ee',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false
    }
  })
  window.once('ready-to-show', () => window.show())
  // The built renderer comes from app://elshi/ (src/main/protocol), never from file://.
  void window.loadURL(devServerUrl ?? APP_INDEX_URL)
  return window
}
