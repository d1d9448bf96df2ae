/**
 * The Electron side of elshi:// links: where they come from (macOS `open-url`, the first launch's argv,
 * a second launch's argv) and where they go (the window's page, once it has loaded). The decisions
 * live in deep-link-inbox.ts and parse-deep-link.ts.
 */
import { app, BrowserWindow } from 'electron'
import type { EditionLibrary } from '../edition/edition-library'
import { pushEvent } from '../ipc/push-events'
import { bringForward } from '../single-instance/single-instance'
import { decideDeepLink, type DeepLinkInbox, type PassageIndex } from './deep-link-inbox'
import { deepLinkInArgv } from './parse-deep-link'

/** Call at start, before `ready`: macOS may deliver the link that launched Elshi before then. */
export function listenForDeepLinks(inbox: DeepLinkInbox): void {
  app.on('open-url', (event, url) => {
    event.preventDefault()
    inbox.receive(url)
  })
  app.on('second-instance', (_event, argv) => {
    bringForward(BrowserWindow.getAllWindows()[0])
    const link = deepLinkInArgv(argv)
    if (link) inbox.receive(link)
  })
  const launchedWith = deepLinkInArgv(process.argv)
  if (launchedWith) inbox.receive(launchedWith)
}

const passagesOf = (library: EditionLibrary): PassageIndex => ({
  async paragraphIds(editionId, chapterId) {
    try {
      return (await library.getChapter(editionId, chapterId)).paragraphs.map((paragraph) => paragraph.id)
    } catch {
      return null
    }
  }
})

/** Links are opened in this window's page from its first load on (the page listens by then). */
export function deliverDeepLinks(inbox: DeepLinkInbox, window: BrowserWindow, library: EditionLibrary): void {
  const contents = window.webContents
  contents.on('did-finish-load', () =>
    inbox.pageReady({
      decide: (raw) => decideDeepLink(raw, passagesOf(library)),
      open(passage) {
        bringForward(window)
        pushEvent([contents], 'openPassage', passage)
      },
      notify: (link) => pushEvent([contents], 'shellNotice', { link })
    })
  )
  window.on('closed', () => inbox.pageGone())
}
