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
import type { DesktopPorts } from './desktop-ports'

type Methods = 'exportBookmarksToFile' | 'importBookmarksFromFile' | 'printPage' | 'savePdf' | 'copyText'
type BookmarkTransfer = Pick<ContractHandlers, 'exportBookmarks' | 'importBookmarks'>

const saved = (path: string): SavedFile => ({ fileName: basename(path), folder: dirname(path) })

const FILTERS = {
  markdown: [{ name: 'Markdown', extensions: ['md'] }],
  json: [{ name: 'W3C Web Annotation JSON', extensions: ['json', 'jsonld'] }],
  pdf: [{ name: 'PDF', extensions: ['pdf'] }]
} as const

export function desktopHandlers(
  ports: DesktopPorts,
  bookmarks: BookmarkTransfer
): Pick<ContractHandlers, Methods> {
  return {
    async exportBookmarksToFile(editionId, format) {
      const file = await bookmarks.exportBookmarks(editionId, format)
      const path = await ports.chooseSavePath({
        title: 'Export bookmarks',
        defaultName: file.fileName,
        filters: FILTERS[format]
      })
      if (!path) return null
      await writeOrExplain(path, () => writeFileAtomic(nodeFs, path, file.text))
      return saved(path)
    },

    async importBookmarksFromFile() {
      const path = await ports.chooseOpenPath({ title: 'Import bookmarks', filters: FILTERS.json })
      if (!path) return null
      const size = await stat(path).then(
        (s) => s.size,
        () => -1
      )
      if (size < 0) throw new ElshiFailure('not-found', `${basename(path)} could not be opened.`)
      // A character is at least a byte: a file this large cannot be under the limit.
      if (size > MAX_IMPORT_CHARS * 4)
        throw new ElshiFailure('too-large', `${basename(path)} is too large to be a bookmarks export.`)
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
        title: 'Save as PDF',
        defaultName: `${fileBase}.pdf`,
        filters: FILTERS.pdf
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
    const reason = error instanceof Error && 'code' in error ? ` (${String(error.code)})` : ''
    throw new ElshiFailure(
      'write-failed',
      `${basename(path)} could not be written in ${dirname(path)}${reason}.`
    )
  }
}

/** Where there is no desktop (the browser harness, the journeys): a plain refusal the page can act on. */
export const NO_DESKTOP: DesktopPorts = {
  chooseSavePath: () => Promise.reject(new ElshiFailure('unavailable', 'There is no save dialog here.')),
  chooseOpenPath: () => Promise.reject(new ElshiFailure('unavailable', 'There is no open dialog here.')),
  print: () => Promise.reject(new ElshiFailure('unavailable', 'Printing is not available here.')),
  printToPdf: () => Promise.reject(new ElshiFailure('unavailable', 'Saving as PDF is not available here.')),
  copyText: () => Promise.reject(new ElshiFailure('unavailable', 'There is no system clipboard here.'))
}
