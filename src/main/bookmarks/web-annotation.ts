import type { TextPositionSelector, TextQuoteSelector } from '../../shared/anchoring'
import type { Bookmark } from '../../shared/bookmarks/schema'

/**
 * Export as a W3C Web Annotation AnnotationCollection (https://www.w3.org/TR/annotation-model/), so
 * bookmarks can be read by other annotation tools and imported into a fresh Elshi profile. Elshi-only
 * facts ride along as `elshi:`-prefixed properties, which other tools ignore.
 */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'
export const SOURCE_PREFIX = 'elshi:'

export interface TextualBody {
  type: 'TextualBody'
  value: string
  format: 'text/plain'
  purpose: 'commenting' | 'tagging'
}

export interface WebAnnotation {
  id: string
  type: 'Annotation'
  motivation: 'bookmarking' | 'commenting'
  created: string
  modified: string
  body?: TextualBody[]
  target: { source: string; selector: [TextPositionSelector, TextQuoteSelector] }
  'elshi:paragraphId': string
  'elshi:status': Bookmark['status']
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT
  id: string
  type: 'AnnotationCollection'
  label: string
  total: number
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] }
}

/** `elshi:<editionId>/<chapterId>`; ids are URI-encoded so a '/' inside one cannot shift the split. */
export function targetSource(editionId: string, chapterId: string): string {
  return `${SOURCE_PREFIX}${encodeURIComponent(editionId)}/${encodeURIComponent(chapterId)}`
}

export function parseTargetSource(source: string): { editionId: string; chapterId: string } | null {
  if (!source.startsWith(SOURCE_PREFIX)) return null
  const parts = source.slice(SOURCE_PREFIX.length).split('/')
  if (parts.length !== 2 || parts[0] === '' || parts[1] === '') return null
  try {
    return { editionId: decodeURIComponent(parts[0]), chapterId: decodeURIComponent(parts[1]) }
  } catch {
    return null
  }
}

export function toWebAnnotation(bookmark: Bookmark): WebAnnotation {
  const body: TextualBody[] = []
  if (bookmark.note !== '') body.push(textualBody(bookmark.note, 'commenting'))
  if (bookmark.label !== null) body.push(textualBody(bookmark.label, 'tagging'))
  const { chapterId, paragraphId, position, quote } = bookmark.anchor
  return {
    id: `urn:uuid:${bookmark.id}`,
    type: 'Annotation',
    // A note makes it a comment on the passage; without one it is a plain bookmark.
    motivation: bookmark.note !== '' ? 'commenting' : 'bookmarking',
    created: bookmark.createdAt,
    modified: bookmark.updatedAt,
    ...(body.length > 0 ? { body } : {}),
    target: { source: targetSource(bookmark.editionId, chapterId), selector: [position, quote] },
    'elshi:paragraphId': paragraphId,
    'elshi:status': bookmark.status
  }
}

export function toAnnotationCollection(
  bookmarks: readonly Bookmark[],
  options: { label: string; newId: () => string }
): AnnotationCollection {
  const items = bookmarks.map(toWebAnnotation)
  return {
    '@context': ANNOTATION_CONTEXT,
    id: `urn:uuid:${options.newId()}`,
    type: 'AnnotationCollection',
    label: options.label,
    total: items.length,
    first: { id: `urn:uuid:${options.newId()}`, type: 'AnnotationPage', startIndex: 0, items }
  }
}

function textualBody(value: string, purpose: TextualBody['purpose']): TextualBody {
  return { type: 'TextualBody', value, format: 'text/plain', purpose }
}
