/**
 * `elshi://<edition>/<chapter>?p=<paragraph>`, read strictly: a link comes from outside the app (a web
 * page, a document, another program), so anything but exactly that shape is refused with a reason,
 * never "repaired". Every id must pass the contract's slug rule (lower-case ASCII letters, digits and
 * dashes), which alone rules out traversal, encoded characters, look-alike Unicode and hidden
 * direction marks; the checks before it only give a clearer reason.
 */
import type { LinkRefusal } from '../../shared/shell'
import * as v from 'valibot'
import type { OpenPassage } from '../../shared/shell'
import { Slug } from '../../shared/slug'

export const DEEP_LINK_SCHEME = 'elshi'
/** Far above any real link (three ids of at most 120 characters), far below anything harmful. */
export const MAX_DEEP_LINK_LENGTH = 512

export type ParsedDeepLink =
  { readonly ok: true; readonly passage: OpenPassage } | { readonly ok: false; readonly reason: LinkRefusal }

const refuse = (reason: LinkRefusal): ParsedDeepLink => ({ ok: false, reason })
const isSlug = (value: string): boolean => v.is(Slug, value)

export function parseDeepLink(raw: unknown): ParsedDeepLink {
  if (typeof raw !== 'string') return refuse('notText')
  if (raw.length > MAX_DEEP_LINK_LENGTH) return refuse('tooLong')
  // Printable ASCII only: no spaces, control characters, direction marks or look-alike letters.
  if (!/^[\x21-\x7e]+$/.test(raw)) return refuse('badCharacters')
  const prefix = `${DEEP_LINK_SCHEME}://`
  if (raw.slice(0, prefix.length).toLowerCase() !== prefix) return refuse('notElshiLink')
  if (/[%\\@#]/.test(raw)) return refuse('encoded')

  const rest = raw.slice(prefix.length)
  const queryAt = rest.indexOf('?')
  // Windows may add a slash at the end of a link it hands over; one is tolerated.
  const path = (queryAt < 0 ? rest : rest.slice(0, queryAt)).replace(/\/$/, '')
  const query = queryAt < 0 ? null : rest.slice(queryAt + 1)

  const parts = path.split('/')
  if (parts.length !== 2) return refuse('shape')
  const [editionId = '', chapterId = ''] = parts
  if (!isSlug(editionId) || !isSlug(chapterId)) return refuse('badIds')

  let paragraphId: string | null = null
  if (query !== null) {
    const match = /^p=([^&=?]*)$/.exec(query)
    if (!match) return refuse('badQuery')
    paragraphId = match[1] ?? ''
    if (!isSlug(paragraphId)) return refuse('badParagraph')
  }
  return { ok: true, passage: { editionId, chapterId, paragraphId } }
}

/** The first launch's (or a second launch's) command line: the first argument that is an Elshi link. */
export function deepLinkInArgv(argv: readonly string[]): string | null {
  const prefix = `${DEEP_LINK_SCHEME}:`
  return argv.find((arg) => arg.slice(0, prefix.length).toLowerCase() === prefix) ?? null
}
