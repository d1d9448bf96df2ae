/**
 * Boot: one instance, harden, register the contract, open the window. Content loads lazily on first
 * request; the user's data files start loading here, and the window waits only for them (settings.json
 * places and paints it).
 */
import { app, BrowserWindow, ipcMain, session, shell } from 'electron'
import { join } from 'node:path'
import { electronDesktop } from './dialogs/electron-desktop'
import { createEditionLibrary } from './edition/edition-library'
import { createHandlers } from './ipc/handlers'
import { pushBookmarkChanges, pushSettingsChanges, pushUpdateStatus } from './ipc/push-events'
import { registerContract } from './ipc/register-contract'
import { registerAppScheme, serveAppProtocol } from './protocol/serve-app-protocol'
import { appLayout, packagedMainDir } from './packaging/app-layout'
import { isAppUrl, type AppOrigin } from './security/app-origin'
import { hardenContents } from './security/harden-contents'
import { hardenSession } from './security/harden-session'
import { startUpdates } from './updates/start-updates'
import { UPDATER_SESSION_PARTITION } from './updates/electron-updater-port'
import { isTestBuild, requestAuditForTestBuild } from './packaging/test-build'
import packageJson from '../../package.json'
import { resolveDataDir } from './user-data/data-dir'
import { finishWritesBeforeQuit } from './user-data/finish-writes-before-quit'
import { openUserData } from './user-data/user-data'
import { createMainWindow } from './window/create-main-window'
// desktop shell (issue 8b)
import { installApplicationMenu } from './menu/install-menu'
import { aboutFromProcess } from './about/app-info'
import { followZoom } from './window/follow-zoom'
import { createQuitGate } from './window/quit-gate'
import windowIcon from '../../build/icon.png?asset'
import { ensureSingleInstance } from './single-instance/single-instance'
import { createDeepLinkInbox } from './deep-links/deep-link-inbox'
import { registerElshiProtocol } from './deep-links/register-protocol'
import { deliverDeepLinks, listenForDeepLinks } from './deep-links/wire-deep-links'
// Interface language (issue 12)
import { createLocaleService } from './i18n/locale-service'
import { pushLocaleChanges } from './ipc/push-events'

const devServerUrl = !app.isPackaged ? (process.env['ELECTRON_RENDERER_URL'] ?? null) : null
const layout = appLayout(app.isPackaged ? packagedMainDir(process.resourcesPath) : __dirname)
const origin: AppOrigin = { devServerOrigin: devServerUrl ? new URL(devServerUrl).origin : null }
registerAppScheme()

// desktop shell (issue 8b): one instance (a second launch exits here, its link handed to the first);
// elshi:// links, held until a page can open them.
ensureSingleInstance(app)
const deepLinks = createDeepLinkInbox()
listenForDeepLinks(deepLinks)

app.on('web-contents-created', (_event, contents) => hardenContents(contents, origin))

void app.whenReady().then(() => {
  const audit = requestAuditForTestBuild(app.getAppPath())
  hardenSession(session.defaultSession, origin, { audit })
  serveAppProtocol(join(__dirname, '../renderer'))
  const library = createEditionLibrary(layout.editionsDir, {
    searchWorker: { file: layout.searchWorkerFile }
  })
  app.on('will-quit', () => void library.close())
  const userData = openUserData(
    resolveDataDir(process.env, () => app.getPath('userData'), {
      // The smoke-test build keeps ELSHI_USER_DATA, so each run has a folder of its own; releases ignore it.
      packaged: app.isPackaged && !isTestBuild(app.getAppPath()),
      warn: console.warn
    })
  )
  finishWritesBeforeQuit(app)
  app.on('will-quit', () => void userData.close())
  const about = aboutFromProcess(layout.noticesFile)
  const desktop = { showItemInFolder: (path: string) => shell.showItemInFolder(path) }
  const pages = (): Electron.WebContents[] => BrowserWindow.getAllWindows().map((w) => w.webContents)
  const updates = startUpdates({
    packaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    repositoryUrl: packageJson.repository.url,
    settings: userData.settings,
    settingsLoaded: userData.loaded,
    onStatus: pushUpdateStatus(pages)
  })
  app.on('will-quit', updates.stop)
  // electron-updater's own session: only the release host, only while a check or download runs.
  const updaterSession = session.fromPartition(UPDATER_SESSION_PARTITION, { cache: false })
  hardenSession(updaterSession, origin, { alsoAllow: updates.network.allows, audit })
  // Interface language (issue 12): the reader's choice, else the OS's languages, else English.
  const locale = createLocaleService(userData.settings, () => app.getPreferredSystemLanguages())
  void userData.loaded.then(() => locale.current())
  pushLocaleChanges(locale, pages)
  registerContract(
    ipcMain,
    createHandlers(library, userData, {
      about,
      desktop,
      dialogs: electronDesktop(),
      updates: updates.controller,
      locale
    }),
    (url) => isAppUrl(url, origin)
  )
  pushBookmarkChanges(userData.bookmarks, pages)
  pushSettingsChanges(userData.settings, pages)
  // desktop shell (issue 8b): menu, zoom, elshi:// links, the window
  installApplicationMenu(userData.settings, locale)
  followZoom(userData.settings, pages)
  registerElshiProtocol()
  const quitGate = createQuitGate()
  app.on('will-quit', (event) => quitGate.onWillQuit(event, () => app.quit()))
  const openWindow = (): BrowserWindow => {
    const icon = process.platform === 'linux' ? windowIcon : undefined
    const window = createMainWindow(devServerUrl, userData.settings, { icon, holdQuit: quitGate.track })
    deliverDeepLinks(deepLinks, window, library)
    return window
  }
  // The window opens where it was and painted in the reader's theme, so settings.json is read first.
  void userData.loaded.then(openWindow)
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow()
  })
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
