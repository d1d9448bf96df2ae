import { describe, expect, it, vi } from 'vitest'
import {
  createDeepLinkInbox,
  decideDeepLink,
  type DeepLinkOutlet,
  type PassageIndex
} from '../../../src/main/deep-links/deep-link-inbox'
import { createEditionLibrary } from '../../../src/main/edition/edition-library'
import type { LinkRefusal, OpenPassage } from '../../../src/shared/shell'
import { BUNDLED_ID, COMPILED_EDITIONS } from '../../support/edition-paths'

const library = createEditionLibrary(COMPILED_EDITIONS)
const passages: PassageIndex = {
  async paragraphIds(editionId, chapterId) {
    try {
      return (await library.getChapter(editionId, chapterId)).paragraphs.map((p) => p.id)
    } catch {
      return null
    }
  }
}

describe('what a link does', () => {
  it('opens a passage the library has', async () => {
    expect(await decideDeepLink(`elshi://${BUNDLED_ID}/nuclear?p=nuclear-2`, passages)).toEqual({
      kind: 'open',
      passage: { editionId: BUNDLED_ID, chapterId: 'nuclear', paragraphId: 'nuclear-2' }
    })
    expect(await decideDeepLink(`elshi://${BUNDLED_ID}/nuclear`, passages)).toMatchObject({ kind: 'open' })
  })

  it.each([
    ['an unknown edition', 'elshi://no-such-edition/nuclear'],
    ['an unknown chapter', `elshi://${BUNDLED_ID}/no-such-chapter`],
    ['an unknown paragraph', `elshi://${BUNDLED_ID}/nuclear?p=nuclear-99`],
    ['a view, not a chapter', `elshi://${BUNDLED_ID}/glossary`]
  ])('ignores %s with a short notice', async (_what, link) => {
    expect(await decideDeepLink(link, passages)).toEqual({ kind: 'notice', refusal: 'notInLibrary' })
  })

  it('ignores a malformed link with the reason, and never asks the library about it', async () => {
    let asked = 0
    const counting: PassageIndex = { paragraphIds: async () => (asked++, []) }
    expect(await decideDeepLink('elshi://../../etc/passwd', counting)).toEqual({
      kind: 'notice',
      refusal: 'shape'
    })
    expect(await decideDeepLink('https://example.com/', counting)).toMatchObject({ kind: 'notice' })
    expect(asked).toBe(0)
  })
})

describe('links that arrive before there is a page', () => {
  function outlet(): DeepLinkOutlet & { opened: OpenPassage[]; notices: LinkRefusal[] } {
    const opened: OpenPassage[] = []
    const notices: LinkRefusal[] = []
    return {
      opened,
      notices,
      decide: (raw) => decideDeepLink(raw, passages),
      open: (passage) => opened.push(passage),
      notify: (refusal) => notices.push(refusal)
    }
  }
  /** Waits until the inbox has acted on `count` links (reading an edition can take a while). */
  const handled = (page: { opened: unknown[]; notices: unknown[] }, count: number): Promise<void> =>
    vi.waitFor(() => expect(page.opened.length + page.notices.length).toBe(count), { timeout: 10_000 })

  it('holds them (macOS open-url before the window) and opens them in order once the page loads', async () => {
    const inbox = createDeepLinkInbox()
    inbox.receive(`elshi://${BUNDLED_ID}/borders`)
    inbox.receive(`elshi://${BUNDLED_ID}/nuclear?p=nuclear-1`)
    const page = outlet()
    expect(page.opened).toEqual([])
    inbox.pageReady(page)
    await handled(page, 2)
    expect(page.opened.map((p) => p.chapterId)).toEqual(['borders', 'nuclear'])
  })

  it('goes straight to a page that is there, and holds again once the window has closed', async () => {
    const inbox = createDeepLinkInbox()
    const first = outlet()
    inbox.pageReady(first)
    inbox.receive('elshi://bad link')
    await handled(first, 1)
    expect(first.notices).toEqual(['badCharacters'])
    inbox.pageGone()
    inbox.receive(`elshi://${BUNDLED_ID}/founding`)
    const second = outlet()
    inbox.pageReady(second)
    await handled(second, 1)
    expect(first.opened).toEqual([])
    expect(second.opened.map((p) => p.chapterId)).toEqual(['founding'])
  })

  it('turns a failure while checking into a notice, and keeps handling the next links', async () => {
    const inbox = createDeepLinkInbox()
    const page = outlet()
    let calls = 0
    const flaky: DeepLinkOutlet = {
      ...page,
      decide: (raw) => (calls++ === 0 ? Promise.reject(new Error('disk gone')) : page.decide(raw))
    }
    inbox.pageReady(flaky)
    inbox.receive(`elshi://${BUNDLED_ID}/borders`)
    inbox.receive(`elshi://${BUNDLED_ID}/nuclear`)
    await handled(page, 2)
    expect(page.notices).toEqual(['failed'])
    expect(page.opened.map((p) => p.chapterId)).toEqual(['nuclear'])
  })
})
