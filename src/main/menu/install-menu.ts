/**
 * The Electron side of the application menu: builds it from the template, sends commands to the focused
 * window's page as the contract's `menuCommand` push, and keeps zoom in settings (the settings listener
 * in index.ts applies it to every window). The menu is built in the interface language and built again
 * whenever that changes, so a choice in Settings applies at once, without a restart.
 */
import { app, BrowserWindow, Menu } from 'electron'
import type { SettingsService } from '../settings/settings-service'
import type { LocaleService } from '../i18n/locale-service'
import type { Locale } from '../../shared/i18n/locales'
import { pushEvent } from '../ipc/push-events'
import { nextZoomLevel } from '../window/zoom'
import { buildMenuTemplate, type MenuPlatform } from './menu-template'

const menuPlatform = (platform: NodeJS.Platform): MenuPlatform =>
  platform === 'darwin' || platform === 'win32' ? platform : 'linux'

/** Installs the menu now and on every change of language; returns a function that stops following it. */
export function installApplicationMenu(
  settings: Pick<SettingsService, 'get' | 'update'>,
  locale: Pick<LocaleService, 'current' | 'onChange'>
): () => void {
  const target = (): BrowserWindow | undefined =>
    BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
  const install = (language: Locale): void => {
    const template = buildMenuTemplate(
      {
        platform: menuPlatform(process.platform),
        isPackaged: app.isPackaged,
        appName: app.name,
        locale: language
      },
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
  install(locale.current().locale)
  return locale.onChange((info) => install(info.locale))
}
