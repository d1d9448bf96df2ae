/**
 * Compiles every edition folder into `<out>/<id>/{edition,index}.json` plus a catalog. Skips an edition
 * whose inputs (its files and the compiler's own sources) have not changed, so dev and test runs stay fast.
 */
import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { EditionSummary } from '../../src/shared/edition'
import { compileEdition, readManifest } from './compile-edition'
import { summaryOf } from './manifest'

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

async function writeJson(file: string, value: unknown): Promise<void> {
  await mkdir(dirname(file), { recursive: true })
  await writeFile(`${file}.tmp`, JSON.stringify(value))
  await rename(`${file}.tmp`, file)
}

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
      const { edition, index } = await compileEdition(dir)
      await writeJson(join(target, 'edition.json'), edition)
      await writeJson(join(target, 'index.json'), index)
      await writeFile(join(target, 'stamp'), stamp)
      report.built.push(manifest.id)
    }
    catalog.push(summaryOf(manifest))
  }
  await writeJson(join(outDir, 'catalog.json'), catalog)
  return report
}
