/**
 * Exports and imports through the OS dialogs, Print… and Save as PDF…. Main writes only the file the
 * reader picked, and reads only the file the reader opened; the export text and the import itself are
 * the bookmark handlers' own (this module is only the transport).
 */
import { readFile, stat, writeFile } from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import { MAX_IMPORT_CHARS } from '../../shared/bookmarks/schema'
import type { ContractHandlers, SavedFile } from '../../shared/contract'
import { ElshiFailure } from '../../shared/result'
import { writeFileAtomic } from '../storage/atomic-write'
import { nodeFs } from '../storage/fs-layer'
import type { DesktopPorts, FileFilter } from './desktop-ports'
import { reason } from '../../shared/i18n/reasons'
import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/locales'
import { mainTranslator, type MainTranslate } from '../../shared/i18n/main-translator'

type Methods = 'exportBookmarksToFile' | 'importBookmarksFromFile' | 'printPage' | 'savePdf' | 'copyText'
type BookmarkTransfer = Pick<ContractHandlers, 'exportBookmarks' | 'importBookmarks'>

const saved = (path: string): SavedFile => ({ fileName: basename(path), folder: dirname(path) })

/** The dialogs' file types, named in the interface language. */
const filters = (t: MainTranslate) =>
  ({
    markdown: [{ name: t('dialogs.filters.markdown'), extensions: ['md'] }],
    json: [{ name: t('dialogs.filters.annotations'), extensions: ['json', 'jsonld'] }],
    pdf: [{ name: t('dialogs.filters.pdf'), extensions: ['pdf'] }]
  }) satisfies Record<string, readonly FileFilter[]>

/** `locale` is the interface language now: the dialogs' titles and file types are in it. */
export function desktopHandlers(
  ports: DesktopPorts,
  bookmarks: BookmarkTransfer,
  locale: () => Locale = () => DEFAULT_LOCALE
): Pick<ContractHandlers, Methods> {
  const t = (): MainTranslate => mainTranslator(locale())
  return {
    async exportBookmarksToFile(editionId, format) {
      const file = await bookmarks.exportBookmarks(editionId, format)
      const path = await ports.chooseSavePath({
        title: t()('dialogs.exportBookmarks'),
        defaultName: file.fileName,
        filters: filters(t())[format]
      })
      if (!path) return null
      await writeOrExplain(path, () => writeFileAtomic(nodeFs, path, file.text))
      return saved(path)
    },

    async importBookmarksFromFile() {
      const path = await ports.chooseOpenPath({
        title: t()('dialogs.importBookmarks'),
        filters: filters(t()).json
      })
      if (!path) return null
      const size = await stat(path).then(
        (s) => s.size,
        () => -1
      )
      if (size < 0) throw new ElshiFailure('not-found', reason('file.unopenable', { name: basename(path) }))
      // A character is at least a byte: a file this large cannot be under the limit.
      if (size > MAX_IMPORT_CHARS * 4)
        throw new ElshiFailure('too-large', reason('file.tooLarge', { name: basename(path) }))
      const text = await readFile(path, 'utf8')
      return { ...saved(path), report: await bookmarks.importBookmarks(text) }
    },

    async copyText(text) {
      await ports.copyText(text)
      return { copied: true }
    },

    async printPage() {
      return { printed: await ports.print() }
    },

    async savePdf(fileBase) {
      const path = await ports.chooseSavePath({
        title: t()('dialogs.savePdf'),
        defaultName: `${fileBase}.pdf`,
        filters: filters(t()).pdf
      })
      if (!path) return null
      const bytes = await ports.printToPdf()
      await writeOrExplain(path, () => writeFile(path, bytes))
      return saved(path)
    }
  }
}

async function writeOrExplain(path: string, write: () => Promise<void>): Promise<void> {
  try {
    await write()
  } catch (error) {
    console.warn(`[elshi] ${path} could not be written`, error)
    throw new ElshiFailure(
      'write-failed',
      reason('file.notWritten', { name: basename(path), folder: dirname(path) })
    )
  }
}

/** Where there is no desktop (the browser harness, the journeys): a plain refusal the page can act on. */
export const NO_DESKTOP: DesktopPorts = {
  chooseSavePath: () => Promise.reject(new ElshiFailure('unavailable', reason('unavailable.saveDialog', {}))),
  chooseOpenPath: () => Promise.reject(new ElshiFailure('unavailable', reason('unavailable.openDialog', {}))),
  print: () => Promise.reject(new ElshiFailure('unavailable', reason('unavailable.printing', {}))),
  printToPdf: () => Promise.reject(new ElshiFailure('unavailable', reason('unavailable.pdf', {}))),
  copyText: () => Promise.reject(new ElshiFailure('unavailable', reason('unavailable.clipboard', {})))
}
