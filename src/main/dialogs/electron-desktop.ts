/** The Electron side of DesktopPorts: the dialogs and printing of the window that asked. Kept thin. */
import { BrowserWindow, clipboard, dialog } from 'electron'
import type { DesktopPorts, FileFilter } from './desktop-ports'

const windowOf = (): BrowserWindow | undefined =>
  BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
const filters = (list: readonly FileFilter[]): Electron.FileFilter[] =>
  list.map((f) => ({ name: f.name, extensions: [...f.extensions] }))

export function electronDesktop(): DesktopPorts {
  return {
    async chooseSavePath({ title, defaultName, filters: list }) {
      const window = windowOf()
      const options = { title, defaultPath: defaultName, filters: filters(list) }
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async chooseOpenPath({ title, filters: list }) {
      const window = windowOf()
      const options = { title, filters: filters(list), properties: ['openFile' as const] }
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    print() {
      const contents = windowOf()?.webContents
      if (!contents) return Promise.resolve(false)
      return new Promise((resolve) =>
        contents.print({ printBackground: false }, (success) => resolve(success))
      )
    },
    async copyText(text) {
      clipboard.writeText(text)
    },
    async printToPdf() {
      const contents = windowOf()?.webContents
      if (!contents) throw new Error('no window to print')
      return contents.printToPDF({ printBackground: false, pageSize: 'A4', displayHeaderFooter: false })
    }
  }
}
