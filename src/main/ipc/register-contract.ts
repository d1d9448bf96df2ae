/**
 * One ipcMain handler per contract method. A request from any frame other than the app's own page is
 * refused before its arguments are even read (Electron security checklist: validate the sender).
 */
import { reason } from '../../shared/i18n/reasons'
import { channelOf, methods, type ContractHandlers } from '../../shared/contract'
import { fail } from '../../shared/result'
import { invokeHandler } from './invoke-handler'

export interface SenderInfo {
  readonly senderFrame: { readonly url: string } | null
}

/** The part of Electron's ipcMain this module uses, so tests can pass a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderInfo, ...args: unknown[]) => Promise<unknown>): void
  removeHandler(channel: string): void
}

export function registerContract(
  ipcMain: IpcMainLike,
  handlers: ContractHandlers,
  isTrustedUrl: (url: string) => boolean
): () => void {
  for (const method of methods) {
    ipcMain.handle(channelOf(method), async (event, ...args) => {
      const url = event.senderFrame?.url ?? ''
      if (!isTrustedUrl(url)) return fail('forbidden', reason('untrustedPage', { method }))
      return invokeHandler(handlers, method, args)
    })
  }
  return () => methods.forEach((method) => ipcMain.removeHandler(channelOf(method)))
}
