import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { version } from '../../../package.json'
import { NOTICES_UNAVAILABLE, type AboutSource } from '../../../src/main/about/app-info'
import { createEditionLibrary } from '../../../src/main/edition/edition-library'
import { createHandlers } from '../../../src/main/ipc/handlers'
import { registerContract } from '../../../src/main/ipc/register-contract'
import { openUserData } from '../../../src/main/user-data/user-data'
import { createBridge } from '../../../src/preload/bridge'
import type { ElshiApi } from '../../../src/shared/contract'
import { COMPILED_EDITIONS } from '../../support/edition-paths'
import { createFakeIpc } from '../../support/fake-ipc'
import { useTempDir } from '../../support/temp-dir'

const dir = useTempDir()

function connect(about?: AboutSource): ElshiApi {
  const ipc = createFakeIpc()
  const handlers = createHandlers(createEditionLibrary(COMPILED_EDITIONS), openUserData(dir()), about)
  registerContract(ipc.ipcMain, handlers, () => true)
  return createBridge(ipc.rendererFrom('app://elshi/index.html'))
}

const electronProcess = (noticesFile: string | null): AboutSource => ({
  versions: { electron: '45.5.0', chrome: '142.0.7444.59', node: '22.20.0' },
  platform: 'darwin',
  noticesFile
})

describe('the About panel over IPC', () => {
  it('tells the version, the Electron, Chromium and Node versions, the licence and the credits', async () => {
    const info = await connect(electronProcess(null)).getAppInfo()
    expect(info).toMatchObject({
      ok: true,
      value: {
        name: 'Elshi',
        version,
        electron: '45.5.0',
        chromium: '142.0.7444.59',
        node: '22.20.0',
        platform: 'darwin',
        licence: 'MIT',
        editions: [
          {
            title: '30th anniversary of diplomatic service of independent Kazakhstan',
            author: 'Mukhtar Tileuberdi'
          }
        ]
      }
    })
    const editorsNote = info.ok ? info.value.editions[0]?.editorsNote : ''
    expect(editorsNote).toContain('the division into chapters and the chapter titles are the editors')
  })

  it('says plainly that there is no Electron when the services run under Node (the harness)', async () => {
    const info = await connect().getAppInfo()
    expect(info.ok && [info.value.electron, info.value.chromium]).toEqual([null, null])
    expect(info.ok && info.value.node).toBe(process.versions.node)
  })

  it('reads the notices file the build generated', async () => {
    const file = join(dir(), 'third-party-notices.txt')
    await writeFile(file, 'lunr 2.3.9 — MIT\nCopyright (C) 2020 Oliver Nightingale\n')
    const notices = await connect(electronProcess(file)).getThirdPartyNotices()
    expect(notices).toEqual({
      ok: true,
      value: { available: true, text: 'lunr 2.3.9 — MIT\nCopyright (C) 2020 Oliver Nightingale\n' }
    })
  })

  it('says the notices are not available when this build has none, instead of failing', async () => {
    const missing = await connect(electronProcess(join(dir(), 'missing.txt'))).getThirdPartyNotices()
    expect(missing).toEqual({ ok: true, value: { available: false, text: NOTICES_UNAVAILABLE } })
    const none = await connect().getThirdPartyNotices()
    expect(none).toEqual({ ok: true, value: { available: false, text: NOTICES_UNAVAILABLE } })
  })

  it('refuses arguments, like every other method', async () => {
    const ipc = createFakeIpc()
    registerContract(
      ipc.ipcMain,
      createHandlers(createEditionLibrary(COMPILED_EDITIONS), openUserData(dir())),
      () => true
    )
    const raw = ipc.rendererFrom('app://elshi/index.html')
    expect(await raw.invoke('elshi:getAppInfo', 'extra')).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' }
    })
  })
})
