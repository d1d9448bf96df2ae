/**
 * The one object the page gets. Each method is a typed call into main; channel names and the
 * Electron event object never reach the page. Listing every method here is checked by `satisfies`:
 * a contract method without a bridge entry is a type error.
 */
import type { IpcRenderer } from 'electron'
import {
  channelOf,
  type ContractResults,
  type ElshiApi,
  type Method,
  type MethodArgs
} from '../shared/contract'
import type { Result } from '../shared/result'

export type IpcRendererLike = Pick<IpcRenderer, 'invoke'>

export function createBridge(ipc: IpcRendererLike): ElshiApi {
  const call =
    <M extends Method>(method: M) =>
    (...args: MethodArgs<M>): Promise<Result<ContractResults[M]>> =>
      ipc.invoke(channelOf(method), ...args)
  return {
    listEditions: call('listEditions'),
    getEdition: call('getEdition'),
    getChapter: call('getChapter'),
    search: call('search'),
    getAnnotations: call('getAnnotations'),
    prepareSearch: call('prepareSearch'),
    searchHighlights: call('searchHighlights')
  } satisfies ElshiApi
}
