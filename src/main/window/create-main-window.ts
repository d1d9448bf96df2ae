/** The reader window. Shown only once painted, so the reader never sees a white flash. */
import { BrowserWindow } from 'electron'
import { join } from 'node:path'
import type { SettingsService } from '../settings/settings-service'

export function createMainWindow(
  devServerUrl: string | null,
  settings: Pick<SettingsService, 'get'>
): BrowserWindow {
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
  // Chromium resets zoom when a page loads; the level the reader chose lives in settings.
  window.webContents.on('did-finish-load', () => window.webContents.setZoomLevel(settings.get().zoomLevel))
  if (devServerUrl) void window.loadURL(devServerUrl)
  else void window.loadFile(join(__dirname, '../renderer/index.html'))
  return window
}
