/**
 * Compiles every edition folder into `<out>/<id>/edition.json` (what the reader shows) and
 * `search.json` + `search-texts.txt` + `search-positions.txt` (what search loads) plus a catalog. Skips an edition
 * whose inputs (its files and the compiler's own sources) have not changed, so dev and test runs stay fast.
 */
import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildSearchFile } from '../../src/main/search/build-search-file'
import { POSITIONS_FILE, SEARCH_FILE, TEXTS_FILE } from '../../src/main/search/load-search'
import { encodeParagraphTexts } from '../../src/main/search/paragraph-texts'
import { encodeWordPositions } from '../../src/main/search/word-positions'
import type { EditionSummary } from '../../src/shared/edition'
import { compileEdition, readManifest, type CompiledOutput } from './compile-edition'
import { summaryOf } from './manifest'
import { pruneStaleEditions } from './prune-editions'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..')
export const EDITIONS_SOURCE = join(ROOT, 'resources/editions')
export const EDITIONS_OUT = join(ROOT, 'out/editions')
const COMPILER_SOURCES = [
  join(ROOT, 'scripts/content'),
  join(ROOT, 'src/main/search'),
  join(ROOT, 'src/shared')
]

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort()
}

async function fingerprint(dirs: readonly string[]): Promise<string> {
  const hash = createHash('sha256')
  for (const dir of dirs) {
    for (const file of await listFiles(dir)) hash.update(relative(ROOT, file)).update(await readFile(file))
  }
  return hash.digest('hex')
}

/** Written beside and renamed into place, so a reader never sees half a file. */
async function writeText(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true })
  await writeFile(`${file}.tmp`, text)
  await rename(`${file}.tmp`, file)
}

/**
 * Non-ASCII characters are written as \u escapes: a pure-ASCII file decodes to a one-byte string, while
 * a handful of accented letters made Node decode all of SOTU's search.json through the slow two-byte
 * path (~25 ms of a 250 ms load budget). JSON.parse reads the escapes back to the same text.
 */
const asciiJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[^\x00-\x7f]/gu, (char) =>
    // An astral character is two UTF-16 units, each escaped on its own as JSON requires.
    Array.from(
      { length: char.length },
      (_, i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`
    ).join('')
  )

const writeJson = (file: string, value: unknown): Promise<void> => writeText(file, asciiJson(value))

export async function listEditionDirs(sourceDir = EDITIONS_SOURCE): Promise<string[]> {
  const entries = await readdir(sourceDir, { withFileTypes: true })
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => join(sourceDir, e.name))
    .sort()
}

export interface BuildReport {
  readonly built: string[]
  readonly unchanged: string[]
}

/** What the reader and search load, written into `target` (tests write stress editions with it too). */
export async function writeCompiledEdition(
  target: string,
  { edition, index }: CompiledOutput
): Promise<void> {
  await writeJson(join(target, 'edition.json'), edition)
  const texts = edition.chapters.flatMap((chapter) => chapter.paragraphs.map((p) => p.text))
  const positions = encodeWordPositions(texts)
  await writeJson(join(target, SEARCH_FILE), buildSearchFile(edition, index, positions))
  await writeText(join(target, TEXTS_FILE), encodeParagraphTexts(texts))
  await writeText(join(target, POSITIONS_FILE), positions.records)
}

export async function buildEditions(
  sourceDir = EDITIONS_SOURCE,
  outDir = EDITIONS_OUT
): Promise<BuildReport> {
  const report: BuildReport = { built: [], unchanged: [] }
  const catalog: EditionSummary[] = []
  for (const dir of await listEditionDirs(sourceDir)) {
    const stamp = await fingerprint([dir, ...COMPILER_SOURCES])
    const manifest = await readManifest(dir)
    const target = join(outDir, manifest.id)
    const previous = await readFile(join(target, 'stamp'), 'utf8').catch(() => '')
    if (previous === stamp) {
      report.unchanged.push(manifest.id)
    } else {
      await writeCompiledEdition(target, await compileEdition(dir))
      // Format 3 and older kept search in index.json; nothing reads it now, so it must not ship.
      await rm(join(target, 'index.json'), { force: true })
      await writeFile(join(target, 'stamp'), stamp)
      report.built.push(manifest.id)
    }
    catalog.push(summaryOf(manifest))
  }
  await writeJson(join(outDir, 'catalog.json'), catalog)
  await pruneStaleEditions(
    outDir,
    catalog.map((edition) => edition.id)
  )
  return report
}
