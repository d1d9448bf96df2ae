/**
 * Chapter HTML is already safe when the edition is built (raw HTML is refused, links are written out as
 * text); this is defence in depth, so a hand-edited or hostile compiled file still cannot inject
 * script, handlers, ids that clash with the app's, or links: Elshi has no network, so an <a> would be a
 * link that does nothing, and only its text is kept.
 */
import DOMPurify from 'dompurify'

export function sanitizeInlineHtml(html: string): string {
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS: ['em', 'strong', 'code', 'br', 'sup', 'sub', 'span'],
    ALLOWED_ATTR: ['title']
  })
}
