/**
 * The desktop methods through the fake ipcMain/ipcRenderer pair, as the app wires them: arguments are
 * validated, the export is the bookmark handlers' own text, and where there is no desktop the page is
 * told so in a code it can act on.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { DesktopPorts } from '../../../src/main/dialogs/desktop-ports'
import { createEditionLibrary } from '../../../src/main/edition/edition-library'
import { createHandlers } from '../../../src/main/ipc/handlers'
import { registerContract } from '../../../src/main/ipc/register-contract'
import { openUserData, type UserData } from '../../../src/main/user-data/user-data'
import { createBridge } from '../../../src/preload/bridge'
import { BUNDLED_ID, COMPILED_EDITIONS } from '../../support/edition-paths'
import { createFakeIpc } from '../../support/fake-ipc'
import { useTempDir } from '../../support/temp-dir'

const APP_URL = 'file:///app/out/renderer/index.html'
const dataDir = useTempDir('elshi-user-data-')
const outDir = useTempDir('elshi-exports-')
const library = createEditionLibrary(COMPILED_EDITIONS)
const opened: UserData[] = []
// Runs before the temp folders' hooks: the data folder's lock is released before the folder is removed.
afterEach(async () => {
  await Promise.all(opened.splice(0).map((userData) => userData.close()))
})

function connect(dialogs?: DesktopPorts) {
  const ipc = createFakeIpc()
  const userData = openUserData(dataDir())
  opened.push(userData)
  registerContract(ipc.ipcMain, createHandlers(library, userData, { dialogs }), (u) => u === APP_URL)
  return createBridge(ipc.rendererFrom(APP_URL))
}

const fakeDesktop = (savePath: string | null): DesktopPorts => ({
  chooseSavePath: vi.fn(async () => savePath),
  chooseOpenPath: vi.fn(async () => null),
  print: vi.fn(async () => true),
  printToPdf: vi.fn(async () => new Uint8Array([37, 80, 68, 70])),
  copyText: vi.fn(async () => undefined)
})

describe('desktop methods over IPC', () => {
  it('saves the Markdown export where the save dialog says', async () => {
    const target = join(outDir(), 'mine.md')
    const api = connect(fakeDesktop(target))
    const result = await api.exportBookmarksToFile(BUNDLED_ID, 'markdown')
    expect(result).toEqual({ ok: true, value: { fileName: 'mine.md', folder: outDir() } })
    expect(await readFile(target, 'utf8')).toMatch(/^# Bookmarks: 30th anniversary/)
  })

  it('refuses a PDF name with path separators before any dialog opens', async () => {
    const desktop = fakeDesktop(join(outDir(), 'x.pdf'))
    const api = connect(desktop)
    const result = await api.savePdf('../../etc/passwd')
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.code).toBe('invalid-argument')
    expect(desktop.chooseSavePath).not.toHaveBeenCalled()
  })

  it('answers "unavailable" where there is no desktop (the browser harness)', async () => {
    const api = connect()
    for (const result of [
      await api.exportBookmarksToFile(BUNDLED_ID, 'json'),
      await api.importBookmarksFromFile(),
      await api.printPage(),
      await api.savePdf('Chapter'),
      await api.copyText('elshi://x/y')
    ])
      expect(!result.ok && result.error.code).toBe('unavailable')
  })
})
