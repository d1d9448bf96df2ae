import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { decodeFile } from '../../../src/main/storage/file-envelope'
import { JsonFileStore } from '../../../src/main/storage/json-file-store'
import { writesSettled } from '../../../src/main/storage/pending-writes'
import {
  finishWritesBeforeQuit,
  type QuittingApp
} from '../../../src/main/user-data/finish-writes-before-quit'
import { notes, notesFile } from '../../support/notes-file'
import { useTempDir } from '../../support/temp-dir'

const dir = useTempDir()

/** An app whose quit runs `will-quit` the way Electron does: a prevented quit does not exit. */
function fakeApp() {
  const listeners: ((event: { preventDefault(): void }) => void)[] = []
  const app = {
    exited: false as boolean,
    on(_event: 'will-quit', listener: (event: { preventDefault(): void }) => void) {
      listeners.push(listener)
    },
    quit() {
      let prevented = false
      for (const listener of listeners) listener({ preventDefault: () => (prevented = true) })
      if (!prevented) app.exited = true
    }
  } satisfies QuittingApp & { exited: boolean }
  return app
}

describe('quitting with writes pending', () => {
  it('waits for a save started just before, so it is on disk when the app exits', async () => {
    const store = new JsonFileStore(dir(), notesFile)
    await store.load()
    void store.save(notes('written as the window closed'))
    const app = fakeApp()
    finishWritesBeforeQuit(app)
    app.quit()
    expect(app.exited).toBe(false)
    await writesSettled()
    await new Promise((resolve) => setImmediate(resolve))
    expect(app.exited).toBe(true)
    const decoded = decodeFile(notesFile, await readFile(store.path, 'utf8'))
    expect(decoded).toMatchObject({ ok: true, data: notes('written as the window closed') })
  })

  it('quits even when a write fails', async () => {
    const app = fakeApp()
    finishWritesBeforeQuit(app, () => Promise.reject(new Error('disk full')))
    app.quit()
    await new Promise((resolve) => setImmediate(resolve))
    expect(app.exited).toBe(true)
  })

  it('counts writes that start while it waits', async () => {
    const store = new JsonFileStore(dir(), notesFile)
    await store.load()
    void store.save(notes('first'))
    const settled = writesSettled()
    void store.save(notes('second'))
    await settled
    const decoded = decodeFile(notesFile, await readFile(store.path, 'utf8'))
    expect(decoded).toMatchObject({ ok: true, data: notes('second') })
  })
})
