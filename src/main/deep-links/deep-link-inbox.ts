/**
 * Links arrive whenever the OS sends them: on macOS `open-url` can come before the app is ready or any
 * window exists, on Windows and Linux with the first launch's argv or a second launch's. The inbox
 * holds them until a page is there to open them, then checks each against the library: a passage that
 * exists is opened, anything else becomes a short notice and goes nowhere.
 */
import type { LinkRefusal, OpenPassage } from '../../shared/shell'
import { parseDeepLink } from './parse-deep-link'

export type DeepLinkDecision =
  | { readonly kind: 'open'; readonly passage: OpenPassage }
  | { readonly kind: 'notice'; readonly refusal: LinkRefusal }

export interface PassageIndex {
  /** The paragraph ids of a chapter, or `null` when the edition or the chapter does not exist. */
  paragraphIds(editionId: string, chapterId: string): Promise<readonly string[] | null>
}

/** What to do with a link: parse it, then make sure the library has that passage. */
export async function decideDeepLink(raw: unknown, library: PassageIndex): Promise<DeepLinkDecision> {
  const parsed = parseDeepLink(raw)
  if (!parsed.ok) return { kind: 'notice', refusal: parsed.reason }
  const { editionId, chapterId, paragraphId } = parsed.passage
  const paragraphs = await library.paragraphIds(editionId, chapterId)
  if (!paragraphs || (paragraphId !== null && !paragraphs.includes(paragraphId)))
    return { kind: 'notice', refusal: 'notInLibrary' }
  return { kind: 'open', passage: parsed.passage }
}

export interface DeepLinkOutlet {
  decide(raw: string): Promise<DeepLinkDecision>
  open(passage: OpenPassage): void
  notify(refusal: LinkRefusal): void
}

export interface DeepLinkInbox {
  receive(raw: string): void
  /** A page has loaded and listens: open what waited. */
  pageReady(outlet: DeepLinkOutlet): void
  /** The last window closed (macOS keeps running): hold links again until the next page. */
  pageGone(): void
}

export function createDeepLinkInbox(): DeepLinkInbox {
  const waiting: string[] = []
  let outlet: DeepLinkOutlet | null = null
  // One at a time, in the order they came, so two quick links open in that order.
  let chain: Promise<void> = Promise.resolve()
  const handle = (target: DeepLinkOutlet, raw: string): void => {
    chain = chain.then(async () => {
      try {
        const decision = await target.decide(raw)
        if (decision.kind === 'open') target.open(decision.passage)
        else target.notify(decision.refusal)
      } catch {
        target.notify('failed')
      }
    })
  }
  return {
    receive(raw) {
      if (outlet) handle(outlet, raw)
      else waiting.push(raw)
    },
    pageReady(next) {
      outlet = next
      for (const raw of waiting.splice(0)) handle(next, raw)
    },
    pageGone() {
      outlet = null
    }
  }
}
