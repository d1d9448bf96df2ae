/**
 * The Go and File menu commands that lead into an edition's own views (glossary, timeline, bookmarks,
 * contents, export and import). Registered once, by the frame: the top bar shows its links in two places
 * (the wide bar and the collapsed Menu), and a command must be answered once.
 */
import { nextTick } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { useSearchStore } from '../stores/search'
import { useMenuCommand } from './useMenuCommand'

export function useEditionMenuCommands(editionId: () => string | null): void {
  const search = useSearchStore()
  const route = useRoute()
  const router = useRouter()

  // The edition's address is the only place these ever lead; with no edition open they do nothing.
  const go = (name: 'glossary' | 'timeline' | 'bookmarks'): void => {
    const id = editionId()
    if (id) void router.push({ name, params: { editionId: id } })
  }
  useMenuCommand('glossary', () => go('glossary'))
  useMenuCommand('timeline', () => go('timeline'))
  useMenuCommand('bookmarks', () => go('bookmarks'))

  /** Go › Contents: the side panel's contents (clearing a search that hides them), else the title page. */
  async function showContents(): Promise<void> {
    const id = editionId()
    if (!id) return
    search.clear()
    await nextTick()
    const toc = document.querySelector<HTMLElement>('.side-panel .toc')
    const visible = toc && (typeof toc.checkVisibility !== 'function' || toc.checkVisibility())
    const entry = visible
      ? (toc.querySelector<HTMLElement>('[aria-current="page"]') ?? toc.querySelector('a'))
      : null
    if (entry) entry.focus()
    else void router.push({ name: 'edition', params: { editionId: id } })
  }
  useMenuCommand('contents', () => void showContents())

  // File › Export / Import bookmarks: the bookmarks view's transfer section does it (and focuses itself
  // when it is already open); from anywhere else, go there and say which action to focus.
  function transfer(action: 'export' | 'import'): void {
    const id = editionId()
    if (!id || route.name === 'bookmarks') return
    void router.push({ name: 'bookmarks', params: { editionId: id }, query: { transfer: action } })
  }
  useMenuCommand('export-bookmarks', () => transfer('export'))
  useMenuCommand('import-bookmarks', () => transfer('import'))
}
