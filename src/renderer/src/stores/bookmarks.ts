/**
 * The open edition's bookmarks, mirroring main: main is the only writer, so after each change (made
 * here, in another window, or by re-anchoring) main pushes `bookmarksChanged` and this store lists the
 * edition again rather than patching its copy. The last removal is kept for Undo.
 */
import { reason } from '../../../shared/i18n/reasons'
import { errorText } from '../i18n/reasons'
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type {
  AddBookmarkArgs,
  Bookmark,
  ImportReport,
  UpdateBookmarkArgs
} from '../../../shared/bookmarks/schema'
import type { ExportedFile, ExportFormat } from '../../../shared/contract'
import type { Result } from '../../../shared/result'
import { bridge } from '../bridge'

export const useBookmarksStore = defineStore('bookmarks', () => {
  const editionId = ref<string | null>(null)
  // Shallow: records are replaced whole, never patched, and a deep proxy could not be sent back over IPC
  // (structured clone refuses proxies), as `restoreBookmark` does with the removed record.
  const list = shallowRef<readonly Bookmark[]>([])
  const error = ref<string | null>(null)
  /** The bookmark just deleted, until it is restored or another is deleted. */
  const removed = shallowRef<Bookmark | null>(null)
  let latest = 0
  let unsubscribe: (() => void) | null = null

  async function refresh(): Promise<void> {
    const edition = editionId.value
    if (!edition) return
    const request = ++latest
    const result = await bridge().listBookmarks({ editionId: edition })
    if (request !== latest) return
    if (result.ok) list.value = result.value
    error.value = result.ok ? null : errorText(result.error)
  }

  function load(edition: string): Promise<void> {
    unsubscribe ??= bridge().onBookmarksChanged((change) => {
      if (editionId.value && change.editionIds.includes(editionId.value)) void refresh()
    })
    if (editionId.value === edition) return Promise.resolve()
    editionId.value = edition
    list.value = []
    removed.value = null
    return refresh()
  }

  /** Runs a change in main; the push refreshes the list, the awaited refresh makes it current at once. */
  async function change<T>(run: () => Promise<Result<T>>): Promise<Result<T>> {
    const result = await run()
    error.value = result.ok ? null : errorText(result.error)
    if (result.ok) await refresh()
    return result
  }

  const add = (args: AddBookmarkArgs) => change(() => bridge().addBookmark(args))
  const update = (args: UpdateBookmarkArgs) => change(() => bridge().updateBookmark(args))

  async function remove(id: string): Promise<Result<Bookmark>> {
    const result = await change(() => bridge().removeBookmark({ id }))
    if (result.ok) removed.value = result.value
    return result
  }

  async function undoRemove(): Promise<Result<Bookmark> | null> {
    const bookmark = removed.value
    if (!bookmark) return null
    const result = await change(() => bridge().restoreBookmark(bookmark))
    if (result.ok) removed.value = null
    return result
  }

  function exportAs(format: ExportFormat): Promise<Result<ExportedFile>> {
    if (!editionId.value)
      return Promise.resolve({ ok: false, error: { code: 'not-ready', reason: reason('noEditionOpen', {}) } })
    return bridge().exportBookmarks(editionId.value, format)
  }

  const importText = (text: string): Promise<Result<ImportReport>> =>
    change(() => bridge().importBookmarks(text))

  const inChapter = (chapterId: string): Bookmark[] =>
    list.value.filter((b) => b.status === 'anchored' && b.anchor.chapterId === chapterId)

  return {
    editionId,
    list,
    error,
    removed,
    load,
    refresh,
    add,
    update,
    remove,
    undoRemove,
    exportAs,
    importText,
    inChapter
  }
})
