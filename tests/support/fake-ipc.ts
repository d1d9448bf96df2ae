/**
 * A fake ipcMain/ipcRenderer pair: what the preload sends goes through the real registration code in
 * main, exactly as Electron would route it, including the sender frame main checks. Pushes go the other
 * way: `webContents.send` reaches every renderer's `on` listeners with a stand-in event object first.
 */
import type { IpcMainLike, SenderInfo } from '../../src/main/ipc/register-contract'
import type { PushTarget } from '../../src/main/ipc/push-events'
import type { IpcRendererLike, PushListener } from '../../src/preload/bridge'

type Listener = (event: SenderInfo, ...args: unknown[]) => Promise<unknown>

export interface FakeIpc {
  readonly ipcMain: IpcMainLike
  /** Main's side of the pushes: what `BrowserWindow.webContents` is to the real app. */
  readonly webContents: PushTarget
  rendererFrom(url: string): IpcRendererLike
  channels(): string[]
  /** How many push listeners are registered, to check that unsubscribing really removes them. */
  listenerCount(channel: string): number
}

/** What Electron passes as the first listener argument; the page must never see it. */
export const FAKE_EVENT = Object.freeze({ sender: 'ipc-renderer-event-with-sender' })

export function createFakeIpc(): FakeIpc {
  const handlers = new Map<string, Listener>()
  const pushListeners = new Map<string, Set<PushListener>>()
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
    webContents: {
      send(channel, ...args) {
        for (const listener of pushListeners.get(channel) ?? [])
          listener(FAKE_EVENT, ...structuredClone(args))
      },
      isDestroyed: () => false
    },
    rendererFrom(url) {
      return {
        async invoke(channel: string, ...args: unknown[]) {
          const handler = handlers.get(channel)
          if (!handler) throw new Error(`No handler registered for '${channel}'`)
          // Electron structured-clones arguments and results; so does the fake.
          return structuredClone(await handler({ senderFrame: { url } }, ...structuredClone(args)))
        },
        on(channel, listener) {
          const set = pushListeners.get(channel) ?? new Set()
          set.add(listener)
          pushListeners.set(channel, set)
        },
        removeListener(channel, listener) {
          pushListeners.get(channel)?.delete(listener)
        }
      }
    },
    channels: () => [...handlers.keys()],
    listenerCount: (channel) => pushListeners.get(channel)?.size ?? 0
  }
}
