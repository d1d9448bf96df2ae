import type { Bookmark } from '../../shared/bookmarks/schema'
import { deepLink } from '../../shared/citation/deep-link'
import { mainTranslator, type MainTranslate } from '../../shared/i18n/main-translator'

export interface MarkdownExportInput {
  title: string
  /** In reading order; bookmarks are grouped under these headings in this order. */
  chapters: readonly { id: string; title: string }[]
  bookmarks: readonly Bookmark[]
  exportedAt: Date
  /** The interface language's words (the file's headings and facts); English when not given. */
  t?: MainTranslate
}

/**
 * A Markdown file a person can read without Elshi: one heading per chapter in reading order, each
 * bookmark as its quote in a blockquote followed by its note and label, sorted by place in the text,
 * and the passage's elshi:// link (an autolink) to open it in Elshi.
 * Orphans (and bookmarks of chapters the edition no longer has) get their own section so they are
 * visibly not lost.
 */
export function exportMarkdown(input: MarkdownExportInput): string {
  const t = input.t ?? mainTranslator('en')
  const known = new Set(input.chapters.map((c) => c.id))
  const placed = (b: Bookmark) => b.status === 'anchored' && known.has(b.anchor.chapterId)
  const count = input.bookmarks.length
  const lines = [
    `# ${t('markdownExport.heading', { title: escapeInline(input.title) })}`,
    '',
    t('markdownExport.exported', { date: day(input.exportedAt.toISOString()) }, count)
  ]
  for (const chapter of input.chapters) {
    const inChapter = input.bookmarks.filter((b) => placed(b) && b.anchor.chapterId === chapter.id)
    if (inChapter.length === 0) continue
    lines.push('', `## ${escapeInline(chapter.title)}`)
    for (const bookmark of sortByPlace(inChapter)) lines.push('', ...renderBookmark(bookmark, t))
  }
  const orphans = input.bookmarks.filter((b) => !placed(b))
  if (orphans.length > 0) {
    lines.push('', `## ${t('markdownExport.orphans', {})}`, '')
    lines.push(t('markdownExport.orphansIntro', {}))
    const titles = new Map(input.chapters.map((c) => [c.id, c.title]))
    for (const bookmark of sortByPlace(orphans)) {
      const from = titles.get(bookmark.anchor.chapterId) ?? bookmark.anchor.chapterId
      lines.push('', ...renderBookmark(bookmark, t, from))
    }
  }
  return lines.join('\n') + '\n'
}

function renderBookmark(bookmark: Bookmark, t: MainTranslate, fromChapter?: string): string[] {
  const quote = bookmark.anchor.quote.exact
    .split('\n')
    .map((line) => (line.trim() === '' ? '>' : `> ${escapeLine(line)}`))
  const note = bookmark.note.trim() === '' ? [] : ['', ...bookmark.note.trim().split('\n').map(escapeLine)]
  const facts = [
    fromChapter === undefined ? null : t('markdownExport.from', { chapter: escapeInline(fromChapter) }),
    bookmark.label === null
      ? null
      : t('markdownExport.label', { label: t(`markdownExport.labels.${bookmark.label}`, {}) }),
    t('markdownExport.bookmarked', { date: day(bookmark.createdAt) })
  ].filter((fact) => fact !== null)
  const { chapterId, paragraphId } = bookmark.anchor
  // An orphan's old paragraph may be gone, so it gets no link that would promise the passage.
  const link = fromChapter === undefined ? [`<${deepLink(bookmark.editionId, chapterId, paragraphId)}>`] : []
  return [...quote, ...note, '', `*${facts.join(' · ')}*`, ...link]
}

function sortByPlace(bookmarks: readonly Bookmark[]): Bookmark[] {
  return [...bookmarks].sort(
    (a, b) => a.anchor.position.start - b.anchor.position.start || a.createdAt.localeCompare(b.createdAt)
  )
}

function day(iso: string): string {
  return iso.slice(0, 10)
}

/** Escapes what Markdown would otherwise read as formatting, so quotes and notes show as written. */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`)
}

/** Also escapes a line start that would become a heading, list, quote or numbered item. */
function escapeLine(line: string): string {
  return escapeInline(line)
    .replace(/^(\s*)([#+-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2')
}
