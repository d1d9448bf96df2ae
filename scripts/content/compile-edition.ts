/** Reads one edition folder, checks it, and produces what the app loads. Pure apart from reading files. */
import { access, readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { CompiledEdition } from '../../src/shared/edition'
import { buildSearchIndex, type SerializedSearchIndex } from '../../src/main/search/build-index'
import { anchorAnnotations } from './anchor-annotations'
import { parseAnnotations } from './annotation-source'
import { ContentError } from './content-error'
import { parseManifest, summaryOf, type Manifest } from './manifest'
import { parseChapter } from './parse-chapter'
import { checkVerbatim, splitSentences, splitSource } from './verbatim'

export interface CompiledOutput {
  readonly edition: CompiledEdition
  readonly index: SerializedSearchIndex
}

/** The reader's own views live beside the chapters in the address bar (#/<edition>/glossary). */
const RESERVED_CHAPTER_IDS = new Set(['glossary', 'timeline', 'bookmarks'])

const chapterIdOf = (file: string): string => basename(file, '.md').replace(/^\d+[-_]/u, '')

async function readSource(dir: string, relative: string): Promise<string> {
  try {
    return await readFile(join(dir, relative), 'utf8')
  } catch {
    throw new ContentError(join(dir, relative), 'cannot be read (listed in edition.json but missing?)')
  }
}

export async function readManifest(dir: string): Promise<Manifest> {
  const file = join(dir, 'edition.json')
  return parseManifest(file, await readSource(dir, 'edition.json'))
}

/** annotations.json is optional: an edition without editors' notes is still an edition. */
async function readAnnotations(
  dir: string,
  chapters: readonly CompiledEdition['chapters'][number][]
): Promise<CompiledEdition['annotations']> {
  const file = join(dir, 'annotations.json')
  const exists = await access(file).then(
    () => true,
    () => false
  )
  if (!exists) return []
  return anchorAnnotations(file, parseAnnotations(file, await readSource(dir, 'annotations.json')), chapters)
}

export async function compileEdition(dir: string): Promise<CompiledOutput> {
  const manifest = await readManifest(dir)
  if (manifest.id !== basename(dir))
    throw new ContentError(
      join(dir, 'edition.json'),
      `id "${manifest.id}" must match the folder name "${basename(dir)}"`
    )

  const paragraphOwner = new Map<string, string>()
  const chapterIds = new Set<string>()
  const chapters: CompiledEdition['chapters'][number][] = []
  for (const [order, relative] of manifest.chapters.entries()) {
    const file = join(dir, relative)
    const id = chapterIdOf(relative)
    if (RESERVED_CHAPTER_IDS.has(id))
      throw new ContentError(file, `chapter id "${id}" is reserved for a view of the reader; rename the file`)
    if (chapterIds.has(id)) throw new ContentError(file, `chapter id "${id}" is used by another chapter file`)
    chapterIds.add(id)
    const parsed = parseChapter(file, await readSource(dir, relative))
    for (const paragraph of parsed.paragraphs) {
      const owner = paragraphOwner.get(paragraph.id)
      if (owner) throw new ContentError(file, `duplicate paragraph id "${paragraph.id}" (also in ${owner})`)
      paragraphOwner.set(paragraph.id, file)
    }
    chapters.push({ id, title: parsed.title, order, paragraphs: parsed.paragraphs })
  }

  if (manifest.source) {
    const sourceFile = join(dir, manifest.source.file)
    const source = splitSource(
      sourceFile,
      await readSource(dir, manifest.source.file),
      manifest.source.furniture
    )
    if (source.title !== manifest.title)
      throw new ContentError(
        join(dir, 'edition.json'),
        `title differs from the first line of ${manifest.source.file}`
      )
    if (source.byline !== manifest.byline)
      throw new ContentError(
        join(dir, 'edition.json'),
        `byline differs from the last line of ${manifest.source.file}`
      )
    const located = chapters.flatMap((chapter, i) =>
      chapter.paragraphs.flatMap((p) =>
        splitSentences(p.text).map((sentence) => ({ sentence, file: join(dir, manifest.chapters[i]!) }))
      )
    )
    checkVerbatim(sourceFile, source.body, located)
  }

  const edition: CompiledEdition = {
    formatVersion: 1,
    meta: {
      ...summaryOf(manifest),
      toc: chapters.map((c) => ({
        id: c.id,
        title: c.title,
        order: c.order,
        paragraphCount: c.paragraphs.length
      }))
    },
    chapters,
    annotations: await readAnnotations(dir, chapters)
  }
  return { edition, index: buildSearchIndex(edition) }
}
