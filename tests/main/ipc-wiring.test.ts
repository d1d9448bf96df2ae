import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildEditions } from '../../scripts/content/build-editions'
import { createEditionLibrary } from '../../src/main/edition/edition-library'
import { createHandlers } from '../../src/main/ipc/handlers'
import { registerContract } from '../../src/main/ipc/register-contract'
import { isAppUrl } from '../../src/main/security/app-origin'
import { openUserData } from '../../src/main/user-data/user-data'
import { createBridge } from '../../src/preload/bridge'
import { channelOf, methods, type ContractHandlers } from '../../src/shared/contract'
import type { ElshiApi } from '../../src/shared/contract'
import { BUNDLED_ID, ROOT } from '../support/edition-paths'
import { createFakeIpc } from '../support/fake-ipc'

const APP_URL = 'app://elshi/index.html'
/** The sender check main uses in the built app. */
const trusted = (url: string): boolean => isAppUrl(url, { devServerOrigin: null })
let handlers: ContractHandlers

beforeAll(async () => {
  const out = await mkdtemp(join(tmpdir(), 'elshi-compiled-'))
  await buildEditions(join(ROOT, 'resources/editions'), out)
  const userData = openUserData(await mkdtemp(join(tmpdir(), 'elshi-user-data-')))
  handlers = createHandlers(createEditionLibrary(out), userData)
})

function connect(url = APP_URL): { api: ElshiApi; channels: string[] } {
  const ipc = createFakeIpc()
  registerContract(ipc.ipcMain, handlers, trusted)
  return { api: createBridge(ipc.rendererFrom(url)), channels: ipc.channels() }
}

describe('IPC wiring through a fake ipcMain/ipcRenderer pair', () => {
  it('registers exactly one handler per contract method', () => {
    expect(connect().channels.sort()).toEqual(methods.map(channelOf).sort())
  })

  it('reaches every method with valid input', async () => {
    const { api } = connect()
    const editions = await api.listEditions()
    expect(editions.ok && editions.value.map((e) => e.id)).toContain(BUNDLED_ID)
    const meta = await api.getEdition(BUNDLED_ID)
    expect(meta.ok && meta.value.toc[0]?.id).toBe('founding')
    const chapter = await api.getChapter(BUNDLED_ID, 'nuclear')
    expect(chapter.ok && [chapter.value.previousId, chapter.value.nextId]).toEqual(['borders', 'security'])
    const found = await api.search(BUNDLED_ID, 'Semipalatinsk', { asTyped: false })
    expect(found.ok && found.value.groups[0]?.chapterId).toBe('nuclear')
  })

  it('gives the reader every editors’ note of an edition, and refuses a bad edition id', async () => {
    const { api } = connect()
    const notes = await api.getAnnotations(BUNDLED_ID)
    const cica = notes.ok ? notes.value.find((a) => a.id === 'cica') : undefined
    expect(cica).toMatchObject({ kind: 'organization', occurrences: [{ chapterId: 'security' }] })
    expect(await api.getAnnotations('no-such-edition')).toMatchObject({
      ok: false,
      error: { code: 'not-found' }
    })
    const renderer = createFakeIpc()
    registerContract(renderer.ipcMain, handlers, trusted)
    const raw = await renderer.rendererFrom(APP_URL).invoke(channelOf('getAnnotations'), '../etc')
    expect(raw).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
  })

  it('refuses invalid arguments with a typed error, without reaching the service', async () => {
    const ipc = createFakeIpc()
    let reached = false
    const spying: ContractHandlers = {
      ...handlers,
      getChapter: (...args) => ((reached = true), handlers.getChapter(...args))
    }
    registerContract(ipc.ipcMain, spying, trusted)
    const renderer = ipc.rendererFrom(APP_URL)
    for (const args of [
      [],
      [BUNDLED_ID],
      [BUNDLED_ID, 42],
      ['../etc', 'nuclear'],
      [BUNDLED_ID, 'nuclear', 'extra'],
      [{}, null]
    ]) {
      const result = await renderer.invoke(channelOf('getChapter'), ...args)
      expect(result, JSON.stringify(args)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    }
    expect(reached).toBe(false)
    const long = await renderer.invoke(channelOf('search'), BUNDLED_ID, 'x'.repeat(20_001), {
      asTyped: false
    })
    expect(long).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
  })

  it('answers unknown editions and chapters with not-found, not an exception', async () => {
    const { api } = connect()
    expect(await api.getEdition('no-such-edition')).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await api.getChapter(BUNDLED_ID, 'no-such-chapter')).toMatchObject({
      ok: false,
      error: { code: 'not-found' }
    })
  })

  it('refuses requests from a page that is not the app, including a file on disk', async () => {
    for (const url of ['https://evil.example/', 'file:///app/out/renderer/index.html', 'app://evil/']) {
      const { api } = connect(url)
      expect(await api.listEditions(), url).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
  })

  it('turns an unexpected failure into an internal error without leaking details', async () => {
    const ipc = createFakeIpc()
    const broken: ContractHandlers = {
      ...handlers,
      listEditions: () => {
        throw new Error('secret stack detail')
      }
    }
    registerContract(ipc.ipcMain, broken, trusted)
    const result = await createBridge(ipc.rendererFrom(APP_URL)).listEditions()
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(JSON.stringify(result)).not.toContain('secret')
  })
})
