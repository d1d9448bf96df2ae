import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createEditionLibrary } from '../../../src/main/edition/edition-library'
import { createHandlers } from '../../../src/main/ipc/handlers'
import { pushSettingsChanges } from '../../../src/main/ipc/push-events'
import { registerContract } from '../../../src/main/ipc/register-contract'
import { SettingsService } from '../../../src/main/settings/settings-service'
import { openUserData, type UserData } from '../../../src/main/user-data/user-data'
import { createBridge } from '../../../src/preload/bridge'
import { channelOf, eventChannelOf } from '../../../src/shared/contract'
import { DEFAULT_SETTINGS } from '../../../src/shared/settings/schema'
import type { SettingsState } from '../../../src/shared/settings/state'
import { COMPILED_EDITIONS } from '../../support/edition-paths'
import { createFakeIpc } from '../../support/fake-ipc'
import { useTempDir } from '../../support/temp-dir'

const dir = useTempDir('elshi-settings-')
const file = () => join(dir(), 'settings.json')

async function opened(): Promise<{ service: SettingsService; notices: unknown[] }> {
  const service = SettingsService.inFolder(dir())
  const notices = await service.load()
  return { service, notices }
}

const envelope = (data: unknown) => JSON.stringify({ schemaVersion: 1, data })

describe('settings.json', () => {
  it('starts at the defaults and reads back every change after a restart', async () => {
    const { service, notices } = await opened()
    expect(notices).toEqual([])
    expect(service.get()).toEqual(DEFAULT_SETTINGS)
    await service.update({ noteMarks: false, reading: { theme: 'dark', textSize: 22 } })
    await service.setWindowState({
      x: 10,
      y: 20,
      width: 900,
      height: 700,
      maximized: false,
      fullScreen: false
    })
    const again = await opened()
    expect(again.service.get()).toEqual({
      ...DEFAULT_SETTINGS,
      noteMarks: false,
      reading: { ...DEFAULT_SETTINGS.reading, theme: 'dark', textSize: 22 },
      window: { x: 10, y: 20, width: 900, height: 700, maximized: false, fullScreen: false }
    })
  })

  it('keeps the previous good file as settings.json.bak', async () => {
    const { service } = await opened()
    await service.update({ zoomLevel: 1 })
    await service.update({ zoomLevel: 2 })
    const backup: unknown = JSON.parse(await readFile(`${file()}.bak`, 'utf8'))
    expect(backup).toMatchObject({ schemaVersion: 1, data: { zoomLevel: 1 } })
  })

  it('sets a damaged file aside, never overwrites it, and says where it went', async () => {
    await writeFile(file(), '{"schemaVersion": 1, "data": {"noteMarks": fal')
    const { service, notices } = await opened()
    expect(service.get()).toEqual(DEFAULT_SETTINGS)
    expect(notices).toHaveLength(1)
    const asideName = (await readdir(dir())).find((name) => name.startsWith('settings.json.corrupt-'))
    if (!asideName) throw new Error('the damaged file was not set aside')
    expect(JSON.stringify(notices)).toContain(asideName)
    await service.update({ noteMarks: false })
    expect(await readFile(join(dir(), asideName), 'utf8')).toBe(
      '{"schemaVersion": 1, "data": {"noteMarks": fal'
    )
  })

  it('uses the backup when the file is damaged and the backup is good', async () => {
    const { service } = await opened()
    await service.update({ zoomLevel: 1 })
    await service.update({ zoomLevel: 2 })
    await writeFile(file(), 'not json')
    const again = await opened()
    expect(again.service.get().zoomLevel).toBe(1)
    // One notice tells both: the damaged file was kept aside, and the backup is what is shown.
    expect(again.notices).toHaveLength(1)
    expect(again.notices[0]).toMatchObject({
      kind: 'damaged',
      readOnly: false,
      reveal: expect.stringMatching(/^settings\.json\.corrupt-/)
    })
  })

  it('sets aside a file with a wrong value rather than guessing', async () => {
    await writeFile(file(), envelope({ ...DEFAULT_SETTINGS, zoomLevel: 'huge' }))
    const { service, notices } = await opened()
    expect(service.get()).toEqual(DEFAULT_SETTINGS)
    expect(notices).toHaveLength(1)
  })

  it('reads a file written before a setting existed, giving the new setting its default', async () => {
    await writeFile(file(), envelope({ noteMarks: false, reading: { theme: 'sepia' } }))
    const { service, notices } = await opened()
    expect(notices).toEqual([])
    expect(service.get()).toEqual({
      ...DEFAULT_SETTINGS,
      noteMarks: false,
      reading: { ...DEFAULT_SETTINGS.reading, theme: 'sepia' }
    })
  })

  it('refuses an invalid change with a plain message, and keeps what it had', async () => {
    const { service } = await opened()
    await service.update({ zoomLevel: 1 })
    const before = await readFile(file(), 'utf8')
    for (const change of [
      { zoomLevel: 99 },
      { reading: { textSize: 19 } },
      { reading: { theme: 'neon' } },
      { window: { x: 0, y: 0, width: 800, height: 600, maximized: false, fullScreen: false } },
      { unknown: true },
      'noteMarks'
    ]) {
      const result = await service.update(change)
      expect(result, JSON.stringify(change)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    }
    expect(service.get()).toEqual({ ...DEFAULT_SETTINGS, zoomLevel: 1 })
    expect(await readFile(file(), 'utf8')).toBe(before)
  })
})

describe('settings over IPC', () => {
  const opened: UserData[] = []
  // Released before the temp folder goes, so no lock or write of main's is left running in it.
  afterEach(async () => {
    for (const userData of opened.splice(0)) await userData.close()
  })

  /** Two windows onto one main, wired as the app wires them: pushes go to every page. */
  function twoWindows() {
    const ipc = createFakeIpc()
    const userData = openUserData(dir())
    opened.push(userData)
    registerContract(
      ipc.ipcMain,
      createHandlers(createEditionLibrary(COMPILED_EDITIONS), userData),
      () => true
    )
    pushSettingsChanges(userData.settings, () => [ipc.webContents])
    const page = () => ipc.rendererFrom('app://elshi/index.html')
    return {
      first: createBridge(page()),
      second: createBridge(page()),
      /** The page's raw IPC, to send what the typed bridge would not let it. */
      raw: page(),
      /** Main's side of the pushes, to send what main never would. */
      webContents: ipc.webContents
    }
  }

  it('answers and pushes the whole new settings with their revision, the same state to every page', async () => {
    const { first, second } = twoWindows()
    const heard: SettingsState[] = []
    const stop = second.onSettingsChanged((state) => heard.push(state))
    const before = await second.getSettings()
    if (!before.ok) throw new Error(before.error.code)
    expect(before.value.settings).toEqual(DEFAULT_SETTINGS)

    const updated = await first.updateSettings({ noteMarks: false })
    const after = { revision: before.value.revision + 1, settings: { ...DEFAULT_SETTINGS, noteMarks: false } }
    expect(updated).toEqual({ ok: true, value: after })
    expect(heard).toEqual([after])
    expect(await second.getSettings()).toEqual({ ok: true, value: after })

    // @ts-expect-error: the page cannot send the window state; main refuses it at run time too.
    const refused = await first.updateSettings({ window: null })
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    expect(heard).toHaveLength(1)
    expect(await second.getSettings()).toEqual({ ok: true, value: after })

    stop()
    await first.updateSettings({ noteMarks: true })
    expect(heard).toHaveLength(1)
  })

  it('refuses a malformed change with the field it could not use, and keeps state and revision', async () => {
    const { first, raw } = twoWindows()
    const before = await first.getSettings()
    const malformed: unknown[][] = [
      [{ reading: { textSize: 19 } }],
      // A page cannot set a revision: it sends a change, and main alone numbers what it keeps.
      [{ revision: 99, settings: DEFAULT_SETTINGS }],
      ['noteMarks'],
      [{ noteMarks: false }, 'extra'],
      []
    ]
    for (const args of malformed) {
      const answer = await raw.invoke(channelOf('updateSettings'), ...args)
      expect(answer, JSON.stringify(args)).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument', reason: { code: 'invalidRequest' } }
      })
    }
    expect(await raw.invoke(channelOf('updateSettings'), { reading: { textSize: 19 } })).toEqual({
      ok: false,
      error: {
        code: 'invalid-argument',
        reason: { code: 'invalidRequest', params: { field: 'updateSettings 0.reading.textSize' } }
      }
    })
    expect(await first.getSettings()).toEqual(before)
  })

  it('hands the page only pushes of the promised shape: settings with a whole, non-negative revision', async () => {
    const { second, webContents } = twoWindows()
    const heard: SettingsState[] = []
    second.onSettingsChanged((state) => heard.push(state))
    const channel = eventChannelOf('settingsChanged')
    for (const payload of [
      DEFAULT_SETTINGS,
      { settings: DEFAULT_SETTINGS },
      { revision: -1, settings: DEFAULT_SETTINGS },
      { revision: 1.5, settings: DEFAULT_SETTINGS },
      { revision: '2', settings: DEFAULT_SETTINGS },
      { revision: 2, settings: { ...DEFAULT_SETTINGS, zoomLevel: 99 } },
      { revision: 2, settings: DEFAULT_SETTINGS, extra: true }
    ])
      webContents.send(channel, payload)
    expect(heard).toEqual([])
    webContents.send(channel, { revision: 2, settings: DEFAULT_SETTINGS })
    expect(heard).toEqual([{ revision: 2, settings: DEFAULT_SETTINGS }])
  })
})
