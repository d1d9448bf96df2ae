/**
 * Exports, imports and PDFs through the OS dialogs (a fake here): main writes exactly the file the
 * reader picked and nothing when they cancel, reads only the file they opened, and says what it did.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { ImportReport } from '../../../src/shared/bookmarks/schema'
import { MAX_IMPORT_CHARS } from '../../../src/shared/bookmarks/schema'
import { desktopHandlers } from '../../../src/main/dialogs/desktop-handlers'
import type { DesktopPorts } from '../../../src/main/dialogs/desktop-ports'
import { ElshiFailure } from '../../../src/shared/result'
import { reason } from '../../../src/shared/i18n/reasons'
import type { Locale } from '../../../src/shared/i18n/locales'
import { useTempDir } from '../../support/temp-dir'

const dir = useTempDir('elshi-dialogs-')
const EMPTY_REPORT: ImportReport = {
  added: 0,
  skipped: [{ index: 0, item: reason('item.numbered', { item: 1 }), reason: reason('item.existing', {}) }],
  rejected: [],
  unlisted: { skipped: 0, rejected: 0 }
}

function setup(answers: { save?: string | null; open?: string | null } = {}, locale: Locale = 'en') {
  const ports = {
    chooseSavePath: vi.fn<DesktopPorts['chooseSavePath']>(async () => answers.save ?? null),
    chooseOpenPath: vi.fn<DesktopPorts['chooseOpenPath']>(async () => answers.open ?? null),
    print: vi.fn<DesktopPorts['print']>(async () => true),
    printToPdf: vi.fn<DesktopPorts['printToPdf']>(async () => new TextEncoder().encode('%PDF-1.7 fake')),
    copyText: vi.fn<DesktopPorts['copyText']>(async () => undefined)
  }
  const bookmarks = {
    exportBookmarks: vi.fn(async () => ({
      fileName: 'ed-bookmarks.md',
      mimeType: 'text/markdown',
      text: '# Bookmarks\n'
    })),
    importBookmarks: vi.fn(async () => EMPTY_REPORT)
  }
  return { ports, bookmarks, handlers: desktopHandlers(ports, bookmarks, () => locale) }
}

describe('export through the save dialog', () => {
  it('offers the export’s own name, writes the file where the reader picked, and says where', async () => {
    const target = join(dir(), 'my notes.md')
    const { ports, handlers } = setup({ save: target })
    expect(await handlers.exportBookmarksToFile('ed', 'markdown')).toEqual({
      fileName: 'my notes.md',
      folder: dir()
    })
    expect(ports.chooseSavePath).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultName: 'ed-bookmarks.md',
        filters: [{ name: 'Markdown', extensions: ['md'] }]
      })
    )
    expect(await readFile(target, 'utf8')).toBe('# Bookmarks\n')
    expect(await readdir(dir())).toEqual(['my notes.md'])
  })

  it('writes nothing when the reader cancels', async () => {
    const { handlers } = setup({ save: null })
    expect(await handlers.exportBookmarksToFile('ed', 'json')).toBeNull()
    expect(await readdir(dir())).toEqual([])
  })

  it('says which file could not be written, and where, when the folder cannot be written', async () => {
    const { handlers } = setup({ save: join(dir(), 'missing-folder', 'x.md') })
    await expect(handlers.exportBookmarksToFile('ed', 'markdown')).rejects.toMatchObject({
      code: 'write-failed',
      reason: { code: 'file.notWritten', params: { name: 'x.md', folder: join(dir(), 'missing-folder') } }
    })
  })
})

describe('import through the open dialog', () => {
  it('reads the chosen file, hands its text to the importer, and names it in the answer', async () => {
    const source = join(dir(), 'export.json')
    await writeFile(source, '{"type":"AnnotationCollection"}')
    const { handlers, bookmarks } = setup({ open: source })
    expect(await handlers.importBookmarksFromFile()).toEqual({
      fileName: 'export.json',
      folder: dir(),
      report: EMPTY_REPORT
    })
    expect(bookmarks.importBookmarks).toHaveBeenCalledWith('{"type":"AnnotationCollection"}')
  })

  it('does nothing when cancelled, and refuses a file too large to be an export before reading it', async () => {
    expect(await setup({ open: null }).handlers.importBookmarksFromFile()).toBeNull()
    const big = join(dir(), 'big.json')
    await writeFile(big, Buffer.alloc(MAX_IMPORT_CHARS * 4 + 1, 32))
    const { handlers, bookmarks } = setup({ open: big })
    const failure = await Promise.resolve()
      .then(() => handlers.importBookmarksFromFile())
      .catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ElshiFailure)
    expect(failure).toMatchObject({
      code: 'too-large',
      reason: { code: 'file.tooLarge', params: { name: 'big.json' } }
    })
    expect(bookmarks.importBookmarks).not.toHaveBeenCalled()
  })
})

describe('print and PDF', () => {
  it('saves the page’s print layout as PDF only to the picked file, and nothing when cancelled', async () => {
    const target = join(dir(), 'chapter.pdf')
    const { handlers, ports } = setup({ save: target })
    expect(await handlers.savePdf('Nuclear disarmament')).toEqual({ fileName: 'chapter.pdf', folder: dir() })
    expect(ports.chooseSavePath).toHaveBeenCalledWith(
      expect.objectContaining({ defaultName: 'Nuclear disarmament.pdf' })
    )
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 fake')

    const cancelled = setup({ save: null })
    expect(await cancelled.handlers.savePdf('x')).toBeNull()
    expect(cancelled.ports.printToPdf).not.toHaveBeenCalled()
    expect(await readdir(dir())).toEqual(['chapter.pdf'])
  })

  it('reports whether the OS print dialog printed', async () => {
    const { handlers, ports } = setup()
    expect(await handlers.printPage()).toEqual({ printed: true })
    ports.print.mockResolvedValueOnce(false)
    expect(await handlers.printPage()).toEqual({ printed: false })
  })
})

describe('the dialogs in the interface language', () => {
  it.each([
    ['en', 'Export Bookmarks', 'W3C Web Annotation JSON', 'Save as PDF', 'PDF document'],
    ['ru', 'Экспорт закладок', 'JSON (W3C Web Annotation)', 'Сохранить как PDF', 'Документ PDF'],
    ['kk', 'Бетбелгілерді экспорттау', 'JSON (W3C Web Annotation)', 'PDF ретінде сақтау', 'PDF құжаты']
  ] as const)('%s: titles and file types', async (locale, exportTitle, jsonType, pdfTitle, pdfType) => {
    const { ports, handlers } = setup({}, locale)
    await handlers.exportBookmarksToFile('ed', 'json')
    await handlers.savePdf('ed')
    expect(
      ports.chooseSavePath.mock.calls.map(([options]) => [options.title, options.filters[0]?.name])
    ).toEqual([
      [exportTitle, jsonType],
      [pdfTitle, pdfType]
    ])
  })
})
