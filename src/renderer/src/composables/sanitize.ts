/**
 * Chapter HTML is already sanitized when the edition is built (markdown-it with raw HTML off); this is
 * defence in depth, so a hand-edited or hostile compiled file still cannot inject script or handlers.
 */
import DOMPurify from 'dompurify'

export function sanitizeInlineHtml(html: string): string {
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS: ['em', 'strong', 'code', 'a', 'br', 'sup', 'sub', 'span'],
    ALLOWED_ATTR: ['href', 'title'],
    ALLOWED_URI_REGEXP: /^(?:#|https?:)/i
  })
}
