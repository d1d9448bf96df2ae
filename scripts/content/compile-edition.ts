/**
 * Reads one edition folder, checks it, and produces what the app loads. Pure apart from reading files.
 * Every file is resolved, contained and measured before any chapter is read (see edition-files.ts), and
 * read as strict UTF-8 without invisible controls (decode-text.ts, invisible-characters.ts).
 */
import { basename, join } from 'node:path'
import type { CompiledEdition } from '../../src/shared/edition'
import { buildSearchIndex, type SerializedSearchIndex } from '../../src/main/search/build-index'
import { anchorAnnotations } from './anchor-annotations'
import { parseAnnotations } from './annotation-source'
import { ContentError } from './content-error'
import { decodeText } from './decode-text'
import { checkSizes, resolveChapters } from './chapter-files'
import { readEditionBytes, resolveEditionFile, resolveOwnFile, type EditionFile } from './edition-files'
import {
  checkInvisibleCharacters,
  invisibleInStrings,
  invisibleProblem,
  type AllowedControls
} from './invisible-characters'
import { LIMITS, overBytes, type Limits } from './limits'
import { parseManifest, summaryOf, type Manifest } from './manifest'
import { parseChapter } from './parse-chapter'
import { quoted } from './quoted'
import { checkVerbatim, splitSentences, splitSource } from './verbatim'

export interface CompiledOutput {
  readonly edition: CompiledEdition
  readonly index: SerializedSearchIndex
}

async function readText(file: EditionFile, allowed: AllowedControls): Promise<string> {
  const text = decodeText(file.shown, await readEditionBytes(file))
  checkInvisibleCharacters(file.shown, text, allowed)
  return text
}

async function loadManifest(dir: string): Promise<{ manifest: Manifest; file: EditionFile }> {
  const file = await resolveOwnFile(dir, 'edition.json')
  if (!file) throw new ContentError(join(dir, 'edition.json'), 'is missing: every edition folder needs one')
  if (file.size > LIMITS.editionBytes)
    throw new ContentError(file.shown, `is ${overBytes(file.size, 'edition size', LIMITS.editionBytes)}`)
  const text = decodeText(file.shown, await readEditionBytes(file))
  const manifest = parseManifest(file.shown, text)
  checkInvisibleCharacters(file.shown, text, manifest.allowedControls)
  const escaped = invisibleInStrings(manifest, manifest.allowedControls)
  if (escaped)
    throw new ContentError(
      file.shown,
      `field "${escaped.path}": ${invisibleProblem(escaped.code)} (it is written as a \\u escape)`
    )
  return { manifest, file }
}

export async function readManifest(dir: string): Promise<Manifest> {
  return (await loadManifest(dir)).manifest
}

async function readAnnotations(
  file: EditionFile,
  allowed: AllowedControls,
  chapters: CompiledEdition['chapters']
): Promise<CompiledEdition['annotations']> {
  const sources = parseAnnotations(file.shown, await readText(file, allowed))
  for (const source of sources) {
    const escaped = invisibleInStrings(source, allowed)
    if (escaped)
      throw new ContentError(
        file.shown,
        `annotation "${source.id}": field "${escaped.path}": ${invisibleProblem(escaped.code)} (it is written as a \\u escape)`
      )
  }
  return anchorAnnotations(file.shown, sources, chapters)
}

/** `limits` is raised only by the search stress tests (bench/pathological.ts); real editions keep LIMITS. */
export async function compileEdition(dir: string, limits: Limits = LIMITS): Promise<CompiledOutput> {
  const { manifest, file: manifestFile } = await loadManifest(dir)
  if (manifest.id !== basename(dir))
    throw new ContentError(
      manifestFile.shown,
      `id "${manifest.id}" must match the folder name ${quoted(basename(dir))}`
    )

  const chapterFiles = await resolveChapters(dir, manifestFile.shown, manifest)
  const sourceFile = manifest.source
    ? await resolveEditionFile(dir, manifestFile.shown, manifest.source.file, {
        folder: '',
        what: 'source file'
      })
    : null
  const annotationsFile = await resolveOwnFile(dir, 'annotations.json')
  checkSizes(manifestFile, [sourceFile, annotationsFile], chapterFiles, limits)

  const allowed = manifest.allowedControls
  const paragraphOwner = new Map<string, string>()
  const chapters: CompiledEdition['chapters'][number][] = []
  for (const [order, file] of chapterFiles.entries()) {
    const parsed = parseChapter(file.shown, await readText(file, allowed), allowed, limits)
    for (const paragraph of parsed.paragraphs) {
      const owner = paragraphOwner.get(paragraph.id)
      if (owner)
        throw new ContentError(file.shown, `duplicate paragraph id "${paragraph.id}" (also in ${owner})`)
      paragraphOwner.set(paragraph.id, file.shown)
    }
    chapters.push({ id: file.id, title: parsed.title, order, paragraphs: parsed.paragraphs })
  }

  if (manifest.source && sourceFile) {
    const source = splitSource(
      sourceFile.shown,
      await readText(sourceFile, allowed),
      manifest.source.furniture
    )
    if (source.title !== manifest.title)
      throw new ContentError(
        manifestFile.shown,
        `title differs from the first line of ${manifest.source.file}`
      )
    if (source.byline !== manifest.byline)
      throw new ContentError(
        manifestFile.shown,
        `byline differs from the last line of ${manifest.source.file}`
      )
    const located = chapters.flatMap((chapter, i) =>
      chapter.paragraphs.flatMap((p) =>
        splitSentences(p.text).map((sentence) => ({ sentence, file: chapterFiles[i]!.shown }))
      )
    )
    checkVerbatim(sourceFile.shown, source.body, located)
  }

  const annotations = annotationsFile ? await readAnnotations(annotationsFile, allowed, chapters) : []
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
    annotations
  }
  return { edition, index: buildSearchIndex(edition) }
}
