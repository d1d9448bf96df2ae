/**
 * The files an edition names, resolved and measured before any is read: the chapters (each with its id,
 * checked with the contract's slug rule from the file name alone), and the edition's total size.
 */
import { basename, join } from 'node:path'
import * as v from 'valibot'
import { Slug } from '../../src/shared/slug'
import { ContentError } from './content-error'
import { checkNamedPath, resolveEditionFile, type EditionFile } from './edition-files'
import { LIMITS, overBytes, type Limits } from './limits'
import type { Manifest } from './manifest'
import { quoted } from './quoted'

/** The reader's own views live beside the chapters in the address bar (#/<edition>/glossary). */
const RESERVED_CHAPTER_IDS = new Set(['glossary', 'timeline', 'bookmarks'])

const chapterIdOf = (file: string): string => basename(file, '.md').replace(/^\d+[-_]/u, '')

export interface ChapterFile extends EditionFile {
  readonly id: string
}

export async function resolveChapters(
  dir: string,
  manifestFile: string,
  manifest: Manifest
): Promise<ChapterFile[]> {
  const ids = new Set<string>()
  const files: ChapterFile[] = []
  for (const named of manifest.chapters) {
    const rule = { folder: 'chapters', extension: '.md', what: 'chapter' } as const
    // The id is checked from the name alone, before the file is looked at; the path rule comes first.
    checkNamedPath(manifestFile, named, rule)
    const shown = join(dir, named)
    const id = chapterIdOf(named)
    if (!v.is(Slug, id))
      throw new ContentError(
        shown,
        `chapter id ${quoted(id)} (the file name without its number) must be lower-case letters, digits and dashes, at most 120 characters; rename the file`
      )
    if (RESERVED_CHAPTER_IDS.has(id))
      throw new ContentError(
        shown,
        `chapter id "${id}" is reserved for a view of the reader; rename the file`
      )
    if (ids.has(id)) throw new ContentError(shown, `chapter id "${id}" is used by another chapter file`)
    ids.add(id)
    files.push({ ...(await resolveEditionFile(dir, manifestFile, named, rule)), id })
  }
  return files
}

/** Sizes come from the file system, so an oversized edition or chapter is refused before it is read. */
export function checkSizes(
  manifestFile: EditionFile,
  files: readonly (EditionFile | null)[],
  chapters: readonly ChapterFile[],
  limits: Limits = LIMITS
): void {
  const total = [manifestFile, ...files, ...chapters].reduce((sum, file) => sum + (file?.size ?? 0), 0)
  if (total > limits.editionBytes)
    throw new ContentError(
      manifestFile.shown,
      `the files of the edition come to ${overBytes(total, 'edition size', limits.editionBytes)}`
    )
  for (const chapter of chapters)
    if (chapter.size > limits.chapterBytes)
      throw new ContentError(
        chapter.shown,
        `is ${overBytes(chapter.size, 'chapter size', limits.chapterBytes)}`
      )
}
