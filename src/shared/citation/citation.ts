/**
 * Citations of a passage, as plain text for the clipboard: Chicago (17th ed., notes-bibliography,
 * bibliography form) and APA (7th ed., reference list). Both name the author, the chapter and the
 * edition's title, the paragraph (paragraph numbers are how a text without pages is cited), the edition
 * and the access date, and end with the passage's elshi:// link.
 */
export interface CitedPassage {
  readonly author: string
  readonly title: string
  readonly chapterTitle: string
  /** 1-based paragraph numbers within the chapter; `last` when the passage runs on. */
  readonly paragraph: { readonly first: number; readonly last?: number }
  /** How the edition is named in the citation. */
  readonly edition: string
  readonly link: string
  readonly accessed: Date
}

export const CITATION_STYLES = ['chicago', 'apa'] as const
export type CitationStyle = (typeof CITATION_STYLES)[number]

/** "December 1, 2026": both styles spell the month out. UTC, so a citation does not depend on the zone. */
const LONG_DATE = new Intl.DateTimeFormat('en-US', {
  month: 'long',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC'
})
const longDate = (date: Date): string => LONG_DATE.format(date)

/** "Mukhtar Tileuberdi" → family name and given names (the family name is the last word). */
function nameParts(author: string): { family: string; given: string[] } {
  const words = author.trim().split(/\s+/)
  const family = words.pop() ?? ''
  return { family, given: words }
}

const paragraphs = ({ first, last }: CitedPassage['paragraph']): string =>
  last && last !== first ? `paras. ${first}–${last}` : `para. ${first}`

/** Ends a title with the citation's punctuation unless it already ends with its own. */
const closed = (text: string, mark: string): string => (/[.?!]$/.test(text) ? text : `${text}${mark}`)

export function chicago(p: CitedPassage): string {
  const { family, given } = nameParts(p.author)
  const author = given.length ? `${family}, ${given.join(' ')}` : family
  return (
    `${author}. “${closed(p.chapterTitle, '.')}” In ${p.title}, ${paragraphs(p.paragraph)}. ` +
    `${closed(p.edition, '.')} Accessed ${longDate(p.accessed)}. ${p.link}.`
  )
}

export function apa(p: CitedPassage): string {
  const { family, given } = nameParts(p.author)
  const initials = given.map((name) => `${name.charAt(0)}.`).join(' ')
  const author = initials ? `${family}, ${initials}` : `${family}.`
  return (
    `${author} (n.d.). ${closed(p.chapterTitle, '.')} In ${p.title} (${paragraphs(p.paragraph)}). ` +
    `${closed(p.edition, '.')} Retrieved ${longDate(p.accessed)}, from ${p.link}`
  )
}

export const cite = (style: CitationStyle, passage: CitedPassage): string =>
  style === 'chicago' ? chicago(passage) : apa(passage)
