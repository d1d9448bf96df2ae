/**
 * Links and citations of a passage in the open chapter, and putting them on the clipboard: through
 * main (the system clipboard), or the page's own clipboard where there is no main (the browser harness).
 */
import { cite, type CitationStyle } from '../../../shared/citation/citation'
import { deepLink } from '../../../shared/citation/deep-link'
import type { Chapter, EditionMeta } from '../../../shared/edition'
import { bridge } from '../bridge'

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

/** Copies text; the answer is what to tell the reader. */
export async function copyText(text: string, what: string): Promise<string> {
  const result = await bridge().copyText(text)
  if (result.ok) return `${what} copied.`
  if (result.error.code !== 'unavailable') return `${what} could not be copied: ${result.error.message}`
  try {
    await navigator.clipboard.writeText(text)
    return `${what} copied.`
  } catch {
    return `${what} could not be copied here.`
  }
}
