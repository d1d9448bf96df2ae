/**
 * Print and PDF: the chapter, and the whole edition, rendered to PDF by Chromium with the print media.
 * The PDF holds the text, the edition's title and author, page numbers and the editors' notes with their
 * sources (and the reader's bookmark notes when chosen), and nothing of the app's frame. The pages are
 * turned into images for looking at (test-results/screenshots/print-*.png).
 */
import { execFileSync } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchReader, SCREENSHOTS, type Reader } from './support/launch-reader'

const EDITION = 'diplomatic-service-at-30'
const TITLE = '30th anniversary of diplomatic service of independent Kazakhstan'
let reader: Reader
let dir = ''
beforeAll(async () => {
  reader = await launchReader({ width: 1180, height: 820 })
  dir = await mkdtemp(join(tmpdir(), 'elshi-print-'))
})
afterAll(async () => {
  await reader?.close()
})

/** Renders the page as printed, and returns the PDF's text (layout kept, one page per form feed). */
async function printed(name: string): Promise<{ text: string; pages: string[] }> {
  const path = join(dir, `${name}.pdf`)
  await reader.page.emulateMedia({ media: 'print' })
  await reader.page.pdf({ path, preferCSSPageSize: true, printBackground: false })
  await reader.page.emulateMedia({ media: 'screen' })
  execFileSync('pdftoppm', ['-png', '-r', '50', path, join(SCREENSHOTS, `print-${name}`)])
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
  return { text, pages: text.split('\f').filter((page) => page.trim() !== '') }
}
const flat = (text: string): string => text.replace(/\s+/g, ' ')
const FRAME = [
  'Glossary',
  'Timeline',
  'Note marks',
  'Search',
  'Contents',
  'Reading settings',
  'Next →',
  '← Previous'
]

describe('print and PDF', () => {
  it('prints a chapter: its text, the edition and author, page numbers and numbered notes with sources', async () => {
    const { page } = reader
    await page.goto(`${reader.url}#/${EDITION}/nuclear`)
    await page.getByRole('heading', { level: 1, name: 'Nuclear disarmament' }).waitFor()
    // A bookmark with a note, for the optional bookmark notes below.
    await page.locator('#p_nuclear-1').click()
    await page.keyboard.press('Control+d')
    const composer = page.getByRole('dialog', { name: 'New bookmark' })
    await composer.getByLabel('Note (optional)').fill('Compare with the 1994 Budapest Memorandum.')
    await composer.getByRole('button', { name: 'Add bookmark' }).click()
    await composer.waitFor({ state: 'detached' })

    const { text, pages } = await printed('chapter')
    const all = flat(text)
    expect(all).toContain(`${TITLE} — Mukhtar Tileuberdi`)
    expect(all).toContain('Nuclear disarmament')
    expect(all).toContain('renouncing the fourth largest nuclear arsenal')
    expect(all).toContain('Editors’ notes')
    // The first note, numbered, with its text and its source.
    expect(all).toMatch(/1\. Nuclear non-proliferation\. Efforts to prevent the spread of nuclear weapons/)
    expect(all).toMatch(/Sources: Treaty on the Non-Proliferation of Nuclear Weapons/)
    expect(pages.at(-1)).toMatch(new RegExp(`${pages.length} ?/ ?${pages.length}`))
    for (const frame of FRAME) expect(all, frame).not.toContain(frame)
    expect(all).not.toContain('Compare with the 1994 Budapest Memorandum.')
  })

  it('prints the whole edition from the print panel, with the bookmark notes when asked', async () => {
    const { page } = reader
    reader.push('menuCommand', { command: 'print' })
    const panel = page.getByRole('dialog', { name: 'Print and PDF' })
    await panel.getByRole('radio', { name: 'The whole edition' }).check()
    await panel.getByRole('checkbox', { name: 'Include my bookmarks’ notes' }).check()
    await reader.screenshot('print-panel')

    const { text, pages } = await printed('edition')
    const all = flat(text)
    for (const chapter of [
      'The founding of the service',
      'Borders and the Caspian Sea',
      'Nuclear disarmament',
      'People first, and the road ahead'
    ])
      expect(all).toContain(chapter)
    expect(all).toContain(TITLE)
    expect(all).toContain('Mukhtar Tileuberdi')
    expect(pages.length).toBeGreaterThanOrEqual(9)
    expect(pages[1]).toMatch(new RegExp(`2 ?/ ?${pages.length}`))
    expect(all).toContain('My bookmarks')
    expect(all).toContain('Compare with the 1994 Budapest Memorandum.')
    for (const frame of FRAME) expect(all, frame).not.toContain(frame)
    await panel.getByRole('button', { name: 'Close print' }).click()
  })
})
