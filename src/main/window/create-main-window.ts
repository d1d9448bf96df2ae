/**
 * The reader window. It opens where it was (fitted to the displays there are now), painted in the
 * theme's background and shown only once the page has painted, so there is no flash; its size, position
 * and maximized or full-screen state are recorded in settings as they change.
 */
import { BrowserWindow, nativeTheme, screen } from 'electron'
import { join } from 'node:path'
import type { SettingsService } from '../settings/settings-service'
import { firstPaintBackground } from './first-paint'
import { createWindowStateRecorder } from './window-state-recorder'
import { fitWindowState, MIN_WINDOW_SIZE, windowStateOf } from './window-state'
import { APP_INDEX_URL } from '../protocol/app-scheme'
import { pushEvent } from '../ipc/push-events'
import { menuCommandForAppCommand } from '../menu/app-commands'

export function createMainWindow(
  devServerUrl: string | null,
  settings: Pick<SettingsService, 'get' | 'setWindowState' | 'onChange'>,
  options: {
    /** The window icon (Linux; Windows and macOS take the app's own). */
    readonly icon?: string | undefined
    /** Told of each window-state write, so quitting can wait for the last one (see quit-gate.ts). */
    readonly holdQuit?: (write: Promise<unknown>) => void
  } = {}
): BrowserWindow {
  const { icon, holdQuit } = options
  const { reading, window: saved } = settings.get()
  const placement = fitWindowState(
    saved,
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea
  )
  const window = new BrowserWindow({
    ...placement.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    resizable: true,
    fullscreen: placement.fullScreen,
    show: false,
    title: 'Elshi',
    autoHideMenuBar: true,
    backgroundColor: firstPaintBackground(reading.theme, nativeTheme.shouldUseDarkColors),
    ...(icon ? { icon } : {}),
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false
    }
  })
  window.once('ready-to-show', () => {
    if (placement.maximized && !placement.fullScreen) window.maximize()
    window.show()
  })

  const recorder = createWindowStateRecorder(
    () => windowStateOf(window.getNormalBounds(), window.isMaximized(), window.isFullScreen()),
    (state) => holdQuit?.(settings.setWindowState(state))
  )
  window.on('resize', () => recorder.changed())
  window.on('move', () => recorder.changed())
  window.on('maximize', () => recorder.changed())
  window.on('unmaximize', () => recorder.changed())
  window.on('enter-full-screen', () => recorder.changed())
  window.on('leave-full-screen', () => recorder.changed())
  window.on('close', () => recorder.flush())
  // The mouse's back / forward buttons on Windows (see app-commands.ts).
  window.on('app-command', (_event, appCommand) => {
    const command = menuCommandForAppCommand(process.platform, appCommand)
    if (command) pushEvent([window.webContents], 'menuCommand', { command })
  })

  // What shows before the page repaints (a resize, a reload) follows the theme as it changes.
  const repaint = (): void =>
    window.setBackgroundColor(
      firstPaintBackground(settings.get().reading.theme, nativeTheme.shouldUseDarkColors)
    )
  const stopFollowingTheme = settings.onChange(repaint)
  nativeTheme.on('updated', repaint)
  window.on('closed', () => {
    stopFollowingTheme()
    nativeTheme.off('updated', repaint)
  })

  // Chromium resets zoom when a page loads; the level the reader chose lives in settings.
  window.webContents.on('did-finish-load', () => window.webContents.setZoomLevel(settings.get().zoomLevel))
  // The built renderer comes from app://elshi/ (src/main/protocol), never from file://.
  void window.loadURL(devServerUrl ?? APP_INDEX_URL)
  return window
}
