/** Builds the export files the page offers as downloads: readable Markdown, or W3C Web Annotation JSON. */
import { randomUUID } from 'node:crypto'
import type { Bookmark } from '../../shared/bookmarks/schema'
import type { ExportedFile, ExportFormat } from '../../shared/contract'
import type { CompiledEdition } from '../../shared/edition'
import { mainTranslator } from '../../shared/i18n/main-translator'
import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/locales'
import { exportMarkdown } from '../bookmarks/export-markdown'
import { toAnnotationCollection } from '../bookmarks/web-annotation'

export function exportFile(
  edition: CompiledEdition,
  bookmarks: readonly Bookmark[],
  format: ExportFormat,
  now: Date = new Date(),
  locale: Locale = DEFAULT_LOCALE
): ExportedFile {
  const { id, title } = edition.meta
  if (format === 'markdown') {
    const chapters = edition.chapters.map((c) => ({ id: c.id, title: c.title }))
    return {
      fileName: `${id}-bookmarks.md`,
      mimeType: 'text/markdown',
      text: exportMarkdown({ title, chapters, bookmarks, exportedAt: now, t: mainTranslator(locale) })
    }
  }
  const collection = toAnnotationCollection(bookmarks, { label: `Bookmarks: ${title}`, newId: randomUUID })
  return {
    fileName: `${id}-bookmarks.json`,
    mimeType: 'application/json',
    text: JSON.stringify(collection, null, 2) + '\n'
  }
}
