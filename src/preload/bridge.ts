/**
 * The one object the page gets. Each method is a typed call into main; each event a subscribe function
 * returning its unsubscribe. Channel names and the Electron event object never reach the page. Listing
 * every entry here is checked by `satisfies`: a contract method or event without one is a type error.
 */
import type { IpcRenderer } from 'electron'
import * as v from 'valibot'
import {
  channelOf,
  eventChannelOf,
  eventSchemas,
  type ContractEvent,
  type ContractResults,
  type ElshiApi,
  type EventPayload,
  type Method,
  type MethodArgs
} from '../shared/contract'
import type { Result } from '../shared/result'

export type PushListener = (event: unknown, ...args: unknown[]) => void

/** The part of Electron's ipcRenderer the bridge uses, so tests can pass a fake. */
export interface IpcRendererLike extends Pick<IpcRenderer, 'invoke'> {
  on(channel: string, listener: PushListener): unknown
  removeListener(channel: string, listener: PushListener): unknown
}

export function createBridge(ipc: IpcRendererLike): ElshiApi {
  const call =
    <M extends Method>(method: M) =>
    (...args: MethodArgs<M>): Promise<Result<ContractResults[M]>> =>
      ipc.invoke(channelOf(method), ...args)

  const subscribe =
    <E extends ContractEvent>(event: E) =>
    (listener: (payload: EventPayload<E>) => void): (() => void) => {
      const channel = eventChannelOf(event)
      // Only the checked payload goes on; the event object (with its sender) stays here.
      const forward = (_event: unknown, payload: unknown): void => {
        const parsed = v.safeParse(eventSchemas[event], payload)
        if (parsed.success) listener(parsed.output)
      }
      ipc.on(channel, forward)
      return () => void ipc.removeListener(channel, forward)
    }

  return {
    listEditions: call('listEditions'),
    getEdition: call('getEdition'),
    getChapter: call('getChapter'),
    search: call('search'),
    getAnnotations: call('getAnnotations'),
    prepareSearch: call('prepareSearch'),
    searchHighlights: call('searchHighlights'),
    getStartupNotices: call('getStartupNotices'),
    listBookmarks: call('listBookmarks'),
    addBookmark: call('addBookmark'),
    updateBookmark: call('updateBookmark'),
    removeBookmark: call('removeBookmark'),
    restoreBookmark: call('restoreBookmark'),
    exportBookmarks: call('exportBookmarks'),
    importBookmarks: call('importBookmarks'),
    getReadingPosition: call('getReadingPosition'),
    setReadingPosition: call('setReadingPosition'),
    getSettings: call('getSettings'),
    updateSettings: call('updateSettings'),
    // desktop shell (issue 8b)
    getAppInfo: call('getAppInfo'),
    getThirdPartyNotices: call('getThirdPartyNotices'),
    listBookmarkVersions: call('listBookmarkVersions'),
    restoreBookmarkVersion: call('restoreBookmarkVersion'),
    showDataFile: call('showDataFile'),
    // Reading comfort: OS dialogs, print and PDF.
    exportBookmarksToFile: call('exportBookmarksToFile'),
    importBookmarksFromFile: call('importBookmarksFromFile'),
    printPage: call('printPage'),
    savePdf: call('savePdf'),
    copyText: call('copyText'),
    // Updates
    getUpdateStatus: call('getUpdateStatus'),
    checkForUpdates: call('checkForUpdates'),
    downloadUpdate: call('downloadUpdate'),
    installUpdate: call('installUpdate'),
    // Interface language
    getLocale: call('getLocale'),
    onBookmarksChanged: subscribe('bookmarksChanged'),
    onSettingsChanged: subscribe('settingsChanged'),
    onMenuCommand: subscribe('menuCommand'),
    onOpenPassage: subscribe('openPassage'),
    onShellNotice: subscribe('shellNotice'),
    onUpdateStatusChanged: subscribe('updateStatusChanged'),
    onLocaleChanged: subscribe('localeChanged')
  } satisfies ElshiApi
}
