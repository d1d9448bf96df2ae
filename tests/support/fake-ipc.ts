/**
 * A fake ipcMain/ipcRenderer pair: what the preload sends goes through the real registration code in
 * main, exactly as Electron would route it, including the sender frame main checks.
 */
import type { IpcMainLike, SenderInfo } from '../../src/main/ipc/register-contract'
import type { IpcRendererLike } from '../../src/preload/bridge'

type Listener = (event: SenderInfo, ...args: unknown[]) => Promise<unknown>

export interface FakeIpc {
  readonly ipcMain: IpcMainLike
  rendererFrom(url: string): IpcRendererLike
  channels(): string[]
}

export function createFakeIpc(): FakeIpc {
  const handlers = new Map<string, Listener>()
  return {
    ipcMain: {
      handle(channel, listener) {
        if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
        handlers.set(channel, listener)
      },
      removeHandler(channel) {
        handlers.delete(channel)
      }
    },
    rendererFrom(url) {
      return {
        async invoke(channel: string, ...args: unknown[]) {
          const handler = handlers.get(channel)
          if (!handler) throw new Error(`No handler registered for '${channel}'`)
          // Electron structured-clones arguments and results; so does the fake.
          return structuredClone(await handler({ senderFrame: { url } }, ...structuredClone(args)))
        }
      }
    },
    channels: () => [...handlers.keys()]
  }
}
