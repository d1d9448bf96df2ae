/**
 * The Electron side of the application menu: builds it from the template, sends commands to the focused
 * window's page as the contract's `menuCommand` push, and keeps zoom in settings (the settings listener
 * in index.ts applies it to every window).
 */
import { app, BrowserWindow, Menu } from 'electron'
import type { SettingsService } from '../settings/settings-service'
import { pushEvent } from '../ipc/push-events'
import { nextZoomLevel } from '../window/zoom'
import { buildMenuTemplate, type MenuPlatform } from './menu-template'

const menuPlatform = (platform: NodeJS.Platform): MenuPlatform =>
  platform === 'darwin' || platform === 'win32' ? platform : 'linux'

export function installApplicationMenu(settings: Pick<SettingsService, 'get' | 'update'>): void {
  const target = (): BrowserWindow | undefined =>
    BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
  const template = buildMenuTemplate(
    { platform: menuPlatform(process.platform), isPackaged: app.isPackaged, appName: app.name },
    {
      send(command) {
        const window = target()
        if (window) pushEvent([window.webContents], 'menuCommand', { command })
      },
      zoom(step) {
        void settings.update({ zoomLevel: nextZoomLevel(settings.get().zoomLevel, step) })
      }
    }
  )
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
