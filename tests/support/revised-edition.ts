import type { FixtureChapter } from './edition-fixture'

/**
 * A "new version" of the bundled edition with the kinds of change real editions get: a paragraph
 * inserted before everything else, spelling and typo fixes, words inserted and deleted inside
 * sentences, paragraphs reordered, and a paragraph removed. Each edit is a literal replacement so a
 * test can compute what any old passage should become.
 */
export interface Edit {
  chapterId: string
  from: string
  to: string
}

export const INSERTED_PARAGRAPH =
  'Editor’s note: this article first appeared in the summer of 2022 and is reprinted with the author’s permission.'

export const REMOVED_PARAGRAPH_START = 'Unfortunately, there is currently an increased degree'

export const WORD_EDITS: Edit[] = [
  {
    chapterId: 'security',
    from: 'International Specialised Exhibition',
    to: 'International Specialized Exhibition'
  },
  { chapterId: 'security', from: 'unites 27 member states', to: 'unites 28 member states' },
  {
    chapterId: 'people-first',
    from: 'the Decree of the President approved',
    to: 'the Decree of the President of Kazakhstan approved'
  },
  { chapterId: 'faiths', from: 'which sharply exacerbated discussions', to: 'which exacerbated discussions' },
  {
    chapterId: 'nuclear',
    from: 'Last year we celebrated the 30th anniversary of this historic event. ',
    to: ''
  }
]

/** Chapter id → the revised chapter; paragraphs keep their ids wherever they move. */
export function reviseEdition(chapters: readonly FixtureChapter[]): Map<string, FixtureChapter> {
  const revised = new Map<string, FixtureChapter>()
  for (const chapter of chapters) {
    let paragraphs = chapter.paragraphs.map((p) => ({ id: p.id, text: chapter.text.slice(p.start, p.end) }))
    for (const edit of WORD_EDITS.filter((e) => e.chapterId === chapter.id)) {
      paragraphs = paragraphs.map((p) => ({ ...p, text: p.text.replace(edit.from, edit.to) }))
    }
    if (chapter.id === 'founding') paragraphs.unshift({ id: 'founding-0', text: INSERTED_PARAGRAPH })
    if (chapter.id === 'mediation') paragraphs = [paragraphs[2], paragraphs[0], paragraphs[1]]
    if (chapter.id === 'people-first') {
      paragraphs = paragraphs.filter((p) => !p.text.startsWith(REMOVED_PARAGRAPH_START))
    }
    revised.set(chapter.id, assemble(chapter, paragraphs))
  }
  return revised
}

/** Builds a chapter from paragraphs in order, joined by a blank line, with their ranges. */
export function assemble(
  chapter: FixtureChapter,
  paragraphs: { id: string; text: string }[]
): FixtureChapter {
  let text = ''
  const ranges = paragraphs.map((p) => {
    if (text.length > 0) text += '\n\n'
    const range = { id: p.id, start: text.length, end: text.length + p.text.length }
    text += p.text
    return range
  })
  return { id: chapter.id, title: chapter.title, text, paragraphs: ranges }
}

/** The reader's view of an edition for re-anchoring: chapter texts in reading order. */
export function chapterTexts(chapters: Iterable<FixtureChapter>): Map<string, string> {
  return new Map([...chapters].map((c) => [c.id, c.text]))
}

/** What an old passage of `chapterId` reads as in the revised edition, or null if it was removed. */
export function revisedPassage(chapterId: string, passage: string): string | null {
  if (passage.startsWith(REMOVED_PARAGRAPH_START) || REMOVED_SENTENCES.some((s) => passage.includes(s)))
    return null
  let result = passage
  for (const edit of WORD_EDITS.filter((e) => e.chapterId === chapterId)) {
    if (edit.to === '' && result.trim() === edit.from.trim()) return null
    result = result.replace(edit.from, edit.to)
  }
  return result
}

const REMOVED_SENTENCES = [
  'New challenges and threats have emerged',
  'These new challenges require timely adaptation'
]

/** Sentences of a chapter with their offsets: the passages a reader most often bookmarks. */
export function sentences(text: string): { start: number; end: number; text: string }[] {
  const result: { start: number; end: number; text: string }[] = []
  const pattern = /[^\s][^]*?(?:\.(?=\s|$)|$)/g
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    result.push({ start: m.index, end: m.index + m[0].length, text: m[0] })
  }
  return result
}
