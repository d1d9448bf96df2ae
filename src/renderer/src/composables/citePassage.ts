/**
 * Links and citations of a passage in the open chapter, and putting them on the clipboard: through
 * main (the system clipboard), or the page's own clipboard where there is no main (the browser harness).
 */
import { errorText } from '../i18n/reasons'
import { cite, type CitationStyle } from '../../../shared/citation/citation'
import { deepLink } from '../../../shared/citation/deep-link'
import type { Chapter, EditionMeta } from '../../../shared/edition'
import { bridge } from '../bridge'
import { t } from '../i18n'

export interface PassageRef {
  readonly firstParagraphId: string
  readonly lastParagraphId: string
}

/** How this app's text is named as the edition cited. */
export const EDITION_NAME = 'Annotated edition (Elshi)'

const numberOf = (chapter: Chapter, paragraphId: string): number =>
  chapter.paragraphs.findIndex((p) => p.id === paragraphId) + 1

export function passageLink(meta: EditionMeta, chapter: Chapter, passage: PassageRef): string {
  return deepLink(meta.id, chapter.id, passage.firstParagraphId)
}

export function passageCitation(
  style: CitationStyle,
  meta: EditionMeta,
  chapter: Chapter,
  passage: PassageRef,
  accessed = new Date()
): string {
  return cite(style, {
    author: meta.author,
    title: meta.title,
    chapterTitle: chapter.title,
    paragraph: {
      first: numberOf(chapter, passage.firstParagraphId),
      last: numberOf(chapter, passage.lastParagraphId)
    },
    edition: EDITION_NAME,
    link: passageLink(meta, chapter, passage),
    accessed
  })
}

/**
 * What to tell the reader, a whole sentence per thing copied (a link and a citation differ in gender
 * in Russian); a style's own name (APA, Chicago) stays as the style calls itself.
 */
function copyMessage(
  kind: 'link' | CitationStyle,
  outcome: 'copied' | 'failed' | 'here',
  reason = ''
): string {
  const style = kind === 'apa' ? 'APA' : 'Chicago'
  if (kind === 'link') {
    if (outcome === 'copied') return t('citation.linkCopied')
    return outcome === 'failed' ? t('citation.linkNotCopied', { reason }) : t('citation.linkNotCopiedHere')
  }
  if (outcome === 'copied') return t('citation.citationCopied', { style })
  return outcome === 'failed'
    ? t('citation.citationNotCopied', { style, reason })
    : t('citation.citationNotCopiedHere', { style })
}

/** Copies text; the answer is what to tell the reader. */
export async function copyText(text: string, kind: 'link' | CitationStyle): Promise<string> {
  const result = await bridge().copyText(text)
  if (result.ok) return copyMessage(kind, 'copied')
  if (result.error.code !== 'unavailable') return copyMessage(kind, 'failed', errorText(result.error))
  try {
    await navigator.clipboard.writeText(text)
    return copyMessage(kind, 'copied')
  } catch {
    return copyMessage(kind, 'here')
  }
}
