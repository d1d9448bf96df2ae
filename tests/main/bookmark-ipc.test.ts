import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createEditionLibrary } from '../../src/main/edition/edition-library'
import { createHandlers } from '../../src/main/ipc/handlers'
import { pushBookmarkChanges } from '../../src/main/ipc/push-events'
import { registerContract } from '../../src/main/ipc/register-contract'
import { resolveDataDir } from '../../src/main/user-data/data-dir'
import { openUserData } from '../../src/main/user-data/user-data'
import { createBridge } from '../../src/preload/bridge'
import { describePassage } from '../../src/shared/anchoring'
import type { BookmarkChange } from '../../src/shared/bookmarks/change'
import { chapterText, paragraphAt, paragraphSpans } from '../../src/shared/bookmarks/chapter-text'
import type { AddBookmarkArgs } from '../../src/shared/bookmarks/schema'
import { channelOf, eventChannelOf, type ElshiApi } from '../../src/shared/contract'
import type { Result } from '../../src/shared/result'
import { BUNDLED_ID, COMPILED_EDITIONS } from '../support/edition-paths'
import { createFakeIpc } from '../support/fake-ipc'
import { useTempDir } from '../support/temp-dir'

const APP_URL = 'app://elshi/index.html'
const dataDir = useTempDir('elshi-user-data-')
const library = createEditionLibrary(COMPILED_EDITIONS)

/** A window onto main with its own data folder, wired as the app wires it (pushes included). */
function connect(dir = dataDir()) {
  const ipc = createFakeIpc()
  const userData = openUserData(dir)
  registerContract(ipc.ipcMain, createHandlers(library, userData), (url) => url === APP_URL)
  pushBookmarkChanges(userData.bookmarks, () => [ipc.webContents])
  return { api: createBridge(ipc.rendererFrom(APP_URL)), ipc, userData }
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.reason.code}`)
  return result.value
}

/** Selectors for a phrase of a chapter, computed as the reader computes them. */
async function passage(api: ElshiApi, chapterId: string, phrase: string): Promise<AddBookmarkArgs> {
  const chapter = value(await api.getChapter(BUNDLED_ID, chapterId))
  const text = chapterText(chapter.paragraphs)
  const start = text.indexOf(phrase)
  expect(start, phrase).toBeGreaterThanOrEqual(0)
  const paragraphId = paragraphAt(paragraphSpans(chapter.paragraphs), start) ?? ''
  const selectors = describePassage(text, start, start + phrase.length)
  return { editionId: BUNDLED_ID, anchor: { chapterId, paragraphId, ...selectors } }
}

describe('bookmark methods over IPC', () => {
  it('adds, lists, edits, removes and restores bookmarks, pushing each change to the page', async () => {
    const { api } = connect()
    const pushes: unknown[][] = []
    const unsubscribe = api.onBookmarksChanged((...args: unknown[]) => pushes.push(args))
    const args = await passage(api, 'nuclear', 'Semipalatinsk test site')
    const added = value(await api.addBookmark({ ...args, note: 'Closed in 1991', label: 'green' }))
    expect(added).toMatchObject({ note: 'Closed in 1991', label: 'green', status: 'anchored' })
    expect(added.anchor.paragraphId).toBe('nuclear-1')
    expect(value(await api.listBookmarks({ editionId: BUNDLED_ID }))).toEqual([added])

    const edited = value(await api.updateBookmark({ id: added.id, note: 'Closed on 29 August 1991' }))
    expect(edited).toMatchObject({ note: 'Closed on 29 August 1991', label: 'green' })
    const removed = value(await api.removeBookmark({ id: added.id }))
    expect(value(await api.listBookmarks({ editionId: BUNDLED_ID }))).toEqual([])
    expect(value(await api.restoreBookmark(removed))).toEqual(edited)
    expect(value(await api.listBookmarks({ editionId: BUNDLED_ID }))).toEqual([edited])

    // Only the checked payload reaches the page: one argument, never Electron's event object.
    const reasons = ['added', 'updated', 'removed', 'restored']
    expect(pushes).toEqual(
      reasons.map((reason) => [{ reason, editionIds: [BUNDLED_ID], bookmarkIds: [added.id] }])
    )
    unsubscribe()
    await api.removeBookmark({ id: added.id })
    expect(pushes).toHaveLength(4)
  })

  it('unsubscribes for real, and drops a push whose payload is not a bookmark change', async () => {
    const { api, ipc, userData } = connect()
    const seen: BookmarkChange[] = []
    const unsubscribe = api.onBookmarksChanged((change) => seen.push(change))
    const channel = eventChannelOf('bookmarksChanged')
    expect(ipc.listenerCount(channel)).toBe(1)
    ipc.webContents.send(channel, { reason: 'exploded' })
    expect(seen).toEqual([])
    unsubscribe()
    expect(ipc.listenerCount(channel)).toBe(0)
    await userData.close()
  })

  it('remembers the reading position of each edition across a restart', async () => {
    const first = connect()
    expect(value(await first.api.getReadingPosition(BUNDLED_ID))).toBeNull()
    const args = { editionId: BUNDLED_ID, chapterId: 'security', paragraphId: 'security-2' }
    value(await first.api.setReadingPosition(args))
    await first.userData.close()
    const again = connect()
    expect(value(await again.api.getReadingPosition(BUNDLED_ID))).toMatchObject(args)
  })

  it('exports Markdown and W3C JSON, and the JSON imports into a fresh profile as the same bookmarks', async () => {
    const { api } = connect()
    const one = value(
      await api.addBookmark({ ...(await passage(api, 'founding', 'July 2, 1992')), note: 'Day one' })
    )
    const two = value(await api.addBookmark({ ...(await passage(api, 'security', 'CICA')), label: 'blue' }))
    const markdown = value(await api.exportBookmarks(BUNDLED_ID, 'markdown'))
    expect(markdown).toMatchObject({ fileName: `${BUNDLED_ID}-bookmarks.md`, mimeType: 'text/markdown' })
    expect(markdown.text).toMatch(/## The founding of the service\n\n> July 2, 1992\n\nDay one/)
    const json = value(await api.exportBookmarks(BUNDLED_ID, 'json'))
    expect(JSON.parse(json.text)).toMatchObject({ type: 'AnnotationCollection', total: 2 })

    const fresh = connect(join(dataDir(), 'fresh'))
    const report = value(await fresh.api.importBookmarks(json.text))
    expect(report).toEqual({ added: 2, skipped: [], rejected: [], unlisted: { skipped: 0, rejected: 0 } })
    expect(value(await fresh.api.listBookmarks({ editionId: BUNDLED_ID }))).toEqual([one, two])
    const again = value(await fresh.api.importBookmarks(json.text))
    expect(again.added).toBe(0)
    expect(again.skipped.map((s) => s.reason.code)).toEqual(['item.existing', 'item.existing'])
    expect(await fresh.api.importBookmarks('{ not json')).toMatchObject({
      ok: false,
      error: { code: 'malformed-json' }
    })
  })

  it('refuses invalid arguments of every bookmark method with a typed error, before any service', async () => {
    const { ipc, userData } = connect()
    const { bookmarks, positions } = userData
    const spies = [
      ...(['list', 'add', 'update', 'remove', 'restore', 'importWebAnnotations'] as const).map((m) =>
        vi.spyOn(bookmarks, m)
      ),
      vi.spyOn(positions, 'get'),
      vi.spyOn(positions, 'set')
    ]
    const renderer = ipc.rendererFrom(APP_URL)
    const id = '00000000-0000-4000-8000-000000000001'
    const bad: [string, unknown[]][] = [
      ['listBookmarks', [{}]],
      ['listBookmarks', [{ editionId: BUNDLED_ID, extra: true }]],
      ['addBookmark', [{ editionId: BUNDLED_ID, anchor: { chapterId: 'nuclear' } }]],
      ['updateBookmark', [{ id }]],
      ['updateBookmark', [{ id, note: 'x'.repeat(20_001) }]],
      ['updateBookmark', [{ id, label: 'orange' }]],
      ['removeBookmark', [{ id: 'not-a-uuid' }]],
      ['restoreBookmark', [{ id }]],
      ['exportBookmarks', [BUNDLED_ID, 'pdf']],
      ['importBookmarks', [42]],
      ['getReadingPosition', ['../etc']],
      ['setReadingPosition', [{ editionId: BUNDLED_ID, chapterId: 'nuclear' }]],
      ['getStartupNotices', ['extra']]
    ]
    for (const [method, args] of bad) {
      const result = await renderer.invoke(`elshi:${method}`, ...args)
      expect(result, `${method} ${JSON.stringify(args)}`).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument' }
      })
    }
    for (const spy of spies) expect(spy).not.toHaveBeenCalled()
    const missing = await renderer.invoke(channelOf('updateBookmark'), { id, note: 'hello' })
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })
})

describe('user data at boot', () => {
  it('sets a corrupt bookmarks file aside, keeps it unchanged, and tells the user where it went', async () => {
    const file = join(dataDir(), 'bookmarks.json')
    await writeFile(file, '{"formatVersion": 1, "data": {"bookmarks": [ truncated')
    const { api } = connect()
    const notices = value(await api.getStartupNotices())
    expect(notices).toHaveLength(1)
    const [notice] = notices
    expect(notice).toMatchObject({ kind: 'damaged', file: 'bookmarks.json', readOnly: false })
    expect(notice?.message[0]).toEqual({
      code: 'notice.damaged.cutShort',
      params: { file: 'bookmarks.json' }
    })
    const keptAs = notice?.reveal ?? ''
    expect(keptAs).toMatch(/^bookmarks\.json\.corrupt-/)
    expect(notice?.message[1]).toEqual({ code: 'notice.keptAs', params: { name: keptAs } })
    expect(await readFile(join(dataDir(), keptAs), 'utf8')).toBe(
      '{"formatVersion": 1, "data": {"bookmarks": [ truncated'
    )
    expect(value(await api.listBookmarks({ editionId: BUNDLED_ID }))).toEqual([])
  })

  it('re-anchors an edition’s bookmarks on first use, keeping what it cannot find as an orphan', async () => {
    const setup = connect()
    const moved = await passage(setup.api, 'nuclear', 'Semipalatinsk test site')
    // As if written against an older version: offsets no longer match, and a passage since removed.
    const stale = { ...moved.anchor, position: { type: 'TextPositionSelector' as const, start: 3, end: 26 } }
    const gone = {
      ...moved.anchor,
      quote: {
        type: 'TextQuoteSelector' as const,
        exact: 'A sentence the editors later removed entirely.',
        prefix: '',
        suffix: ''
      }
    }
    const a = value(await setup.api.addBookmark({ editionId: BUNDLED_ID, anchor: stale }))
    const b = value(await setup.api.addBookmark({ editionId: BUNDLED_ID, anchor: gone, note: 'keep me' }))
    await setup.userData.close()

    const { api } = connect()
    const listed = value(await api.listBookmarks({ editionId: BUNDLED_ID }))
    expect(listed.find((x) => x.id === a.id)).toMatchObject({ status: 'anchored', anchor: moved.anchor })
    expect(listed.find((x) => x.id === b.id)).toMatchObject({ status: 'orphaned', note: 'keep me' })
  })

  it('keeps user data in ELSHI_USER_DATA when set, else in Electron’s userData folder', () => {
    expect(resolveDataDir({ ELSHI_USER_DATA: '/tmp/profile' }, () => '/home/u/.config/Elshi')).toBe(
      '/tmp/profile'
    )
    expect(resolveDataDir({}, () => '/home/u/.config/Elshi')).toBe('/home/u/.config/Elshi')
  })
})
