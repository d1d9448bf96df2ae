import { describe, expect, it, vi } from 'vitest'
import { createDeepLinkInbox } from '../../../src/main/deep-links/deep-link-inbox'
import { createEditionLibrary } from '../../../src/main/edition/edition-library'
import { BUNDLED_ID, COMPILED_EDITIONS } from '../../support/edition-paths'

type Listener = (...args: unknown[]) => void
const electron = vi.hoisted(() => ({
  appListeners: new Map<string, Listener>(),
  calls: [] as string[]
}))

vi.mock('electron', () => ({
  app: { on: (event: string, listener: Listener) => electron.appListeners.set(event, listener) },
  BrowserWindow: {
    getAllWindows: () => [
      {
        isMinimized: () => true,
        restore: () => electron.calls.push('restore'),
        show: () => electron.calls.push('show'),
        focus: () => electron.calls.push('focus')
      }
    ]
  }
}))

const { deliverDeepLinks, listenForDeepLinks } = await import('../../../src/main/deep-links/wire-deep-links')

/** A window whose page records the pushes it gets. */
function fakeWindow(): {
  window: Parameters<typeof deliverDeepLinks>[1]
  emit: (event: string) => void
  pushes: [string, unknown][]
} {
  const listeners = new Map<string, Listener>()
  const pushes: [string, unknown][] = []
  const window = {
    webContents: {
      on: (event: string, listener: Listener) => listeners.set(event, listener),
      send: (channel: string, payload: unknown) => pushes.push([channel, payload]),
      isDestroyed: () => false
    },
    on: (event: string, listener: Listener) => listeners.set(`window:${event}`, listener),
    isMinimized: () => false,
    restore: () => undefined,
    show: () => undefined,
    focus: () => undefined
  }
  // The adapter uses only these members of BrowserWindow.
  return {
    window: window as unknown as Parameters<typeof deliverDeepLinks>[1],
    emit: (e) => listeners.get(e)?.(),
    pushes
  }
}

describe('elshi:// links from the operating system', () => {
  it('macOS open-url before the window, and a second launch’s argv, both reach the page in order', async () => {
    const argv = process.argv
    process.argv = ['/opt/Elshi/elshi', `elshi://${BUNDLED_ID}/founding`]
    const inbox = createDeepLinkInbox()
    listenForDeepLinks(inbox)
    process.argv = argv

    let prevented = false
    electron.appListeners.get('open-url')?.(
      { preventDefault: () => (prevented = true) },
      `elshi://${BUNDLED_ID}/nuclear?p=nuclear-2`
    )
    expect(prevented).toBe(true)

    const { window, emit, pushes } = fakeWindow()
    deliverDeepLinks(inbox, window, createEditionLibrary(COMPILED_EDITIONS))
    expect(pushes).toEqual([])
    emit('did-finish-load')
    // The first load of the edition may take a while on a busy machine: wait for the two pushes.
    await vi.waitFor(() => expect(pushes).toHaveLength(2), { timeout: 10_000 })
    expect(pushes).toEqual([
      ['elshi:event:openPassage', { editionId: BUNDLED_ID, chapterId: 'founding', paragraphId: null }],
      ['elshi:event:openPassage', { editionId: BUNDLED_ID, chapterId: 'nuclear', paragraphId: 'nuclear-2' }]
    ])

    electron.calls.length = 0
    electron.appListeners.get('second-instance')?.(
      {},
      ['C:\\Elshi\\Elshi.exe', 'elshi://nowhere/at-all'],
      'C:\\'
    )
    expect(electron.calls).toEqual(['restore', 'show', 'focus'])
    await vi.waitFor(() => expect(pushes).toHaveLength(3), { timeout: 10_000 })
    expect(pushes.at(-1)).toEqual(['elshi:event:shellNotice', { link: 'notInLibrary' }])
  })
})
