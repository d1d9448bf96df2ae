import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The bundled edition's chapters as plain text with paragraph ranges, built here from the Markdown
 * source so anchoring tests run on the real prose users will bookmark. Paragraphs are joined by a
 * blank line, as the content build's plain text is expected to be.
 */
export interface FixtureParagraph {
  id: string
  start: number
  end: number
}

export interface FixtureChapter {
  id: string
  title: string
  text: string
  paragraphs: FixtureParagraph[]
}

const EDITION_DIR = join(__dirname, '..', '..', 'resources', 'editions', 'diplomatic-service-at-30')
const PARAGRAPH = /^(.*\S)\s*\{#([\w-]+)\}\s*$/

export function loadEditionChapters(): FixtureChapter[] {
  const manifest: unknown = JSON.parse(readFileSync(join(EDITION_DIR, 'edition.json'), 'utf8'))
  const files = readChapterList(manifest)
  return files.map((file) => parseChapter(readFileSync(join(EDITION_DIR, file), 'utf8'), file))
}

function readChapterList(manifest: unknown): string[] {
  if (typeof manifest !== 'object' || manifest === null || !('chapters' in manifest)) return []
  const chapters = manifest.chapters
  return Array.isArray(chapters) ? chapters.filter((c): c is string => typeof c === 'string') : []
}

function parseChapter(markdown: string, file: string): FixtureChapter {
  const blocks = markdown.split(/\n\s*\n/).map((b) => b.trim())
  const title = (blocks.find((b) => b.startsWith('# ')) ?? file).replace(/^# /, '')
  const paragraphs: FixtureParagraph[] = []
  let text = ''
  for (const block of blocks) {
    const match = PARAGRAPH.exec(block)
    if (!match) continue
    if (text.length > 0) text += '\n\n'
    paragraphs.push({ id: match[2], start: text.length, end: text.length + match[1].length })
    text += match[1]
  }
  const id = paragraphs[0]?.id.replace(/-\d+$/, '') ?? file
  return { id, title, text, paragraphs }
}

/** The id of the paragraph containing `offset` (what the content build's lookup will do). */
export function paragraphAt(chapter: FixtureChapter, offset: number): string | undefined {
  return chapter.paragraphs.find((p) => offset >= p.start && offset < p.end)?.id
}
