import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bookmarksFile } from '../../src/main/bookmarks/bookmark-file'
import { createEditionLibrary } from '../../src/main/edition/edition-library'
import { createHandlers } from '../../src/main/ipc/handlers'
import { registerContract } from '../../src/main/ipc/register-contract'
import { encodeFile } from '../../src/main/storage/file-envelope'
import { openUserData } from '../../src/main/user-data/user-data'
import { createBridge } from '../../src/preload/bridge'
import { MAX_BOOKMARKS_PER_EDITION, MAX_IMPORT_CHARS } from '../../src/shared/bookmarks/schema'
import { COMPILED_EDITIONS } from '../support/edition-paths'
import { createFakeIpc } from '../support/fake-ipc'
import { sampleBookmark } from '../support/sample-bookmarks'
import { useTempDir } from '../support/temp-dir'

/** Bounds on what the page may store: installed editions only, caps, and short error messages. */
const dataDir = useTempDir('elshi-bounds-')
const BUNDLED_ID = 'diplomatic-service-at-30'
const anchor = {
  chapterId: 'founding',
  paragraphId: 'founding-1',
  position: { type: 'TextPositionSelector' as const, start: 3, end: 15 },
  quote: { type: 'TextQuoteSelector' as const, exact: 'July 2, 1992', prefix: 'On ', suffix: ', the' }
}

async function connect() {
  const ipc = createFakeIpc()
  const userData = openUserData(dataDir())
  registerContract(ipc.ipcMain, createHandlers(createEditionLibrary(COMPILED_EDITIONS), userData), () => true)
  const api = createBridge(ipc.rendererFrom('app://test'))
  await userData.loaded
  return { api, close: () => userData.close() }
}

const annotation = (editionId: string, exact: string) => ({
  type: 'Annotation',
  target: { source: `elshi:${editionId}/founding`, selector: { type: 'TextQuoteSelector', exact } }
})

describe('bounds on user data', () => {
  it('refuses bookmarks and reading positions for editions that are not installed', async () => {
    const { api, close } = await connect()
    for (const editionId of ['no-such-edition', '__proto__', '..\\..\\win.ini', 'a\u0000b']) {
      const added = await api.addBookmark({ editionId, anchor })
      expect(added).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
      const position = await api.setReadingPosition({ editionId, chapterId: 'founding', paragraphId: 'p' })
      expect(position).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    }
    expect(await api.addBookmark({ editionId: 'no-such-edition', anchor })).toEqual({
      ok: false,
      error: {
        code: 'invalid-argument',
        reason: { code: 'editionNotFound', params: { editionId: 'no-such-edition' } }
      }
    })
    expect((await api.addBookmark({ editionId: BUNDLED_ID, anchor })).ok).toBe(true)
    await close()
  })

  it('rejects imported items for an edition that is not installed, naming each by its quote', async () => {
    const { api, close } = await connect()
    const json = JSON.stringify([
      annotation('not-installed', 'A passage elsewhere'),
      annotation(BUNDLED_ID, 'July 2, 1992')
    ])
    const report = await api.importBookmarks(json)
    expect(report).toEqual({
      ok: true,
      value: {
        added: 1,
        skipped: [],
        rejected: [
          {
            index: 0,
            item: { code: 'item.quoted', params: { quote: 'A passage elsewhere' } },
            reason: { code: 'item.unknownEdition', params: { editionId: 'not-installed' } }
          }
        ],
        unlisted: { skipped: 0, rejected: 0 }
      }
    })
    await close()
  })

  it(`keeps at most ${MAX_BOOKMARKS_PER_EDITION.toLocaleString('en')} bookmarks per edition, by add or import`, async () => {
    const full = Array.from({ length: MAX_BOOKMARKS_PER_EDITION }, (_, i) => sampleBookmark(i + 1))
    await writeFile(join(dataDir(), 'bookmarks.json'), encodeFile(bookmarksFile, { bookmarks: full }))
    const { api, close } = await connect()
    expect(await api.addBookmark({ editionId: BUNDLED_ID, anchor })).toEqual({
      ok: false,
      error: {
        code: 'limit-reached',
        reason: { code: 'editionFull', params: { most: 10_000 } }
      }
    })
    const report = await api.importBookmarks(JSON.stringify([annotation(BUNDLED_ID, 'one more')]))
    expect(report).toMatchObject({
      ok: true,
      value: {
        added: 0,
        rejected: [
          {
            item: { code: 'item.quoted', params: { quote: 'one more' } },
            reason: { code: 'item.editionFull', params: { most: 10_000 } }
          }
        ]
      }
    })
    await close()
  }, 30_000)

  it('refuses an import file over 5 MB before reading it, and never echoes a huge value back', async () => {
    const { api, close } = await connect()
    const huge = await api.importBookmarks('x'.repeat(MAX_IMPORT_CHARS + 1))
    expect(huge).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    const note = await api.addBookmark({ editionId: BUNDLED_ID, anchor, note: 'n'.repeat(1_000_000) })
    expect(note).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    const slug = await api.getEdition('Ä'.repeat(100_000))
    for (const result of [huge, note, slug]) {
      if (result.ok) throw new Error('expected a refusal')
      expect(result.error.reason.code.length).toBeLessThan(200)
    }
    await close()
  })
})
