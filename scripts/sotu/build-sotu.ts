/**
 * `npm run sotu`: writes the SOTU edition into .generated/editions/sotu (git-ignored) and compiles it
 * into .generated/compiled with the ordinary edition compiler. Skips both steps when nothing changed.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { buildEditions, ROOT } from '../content/build-editions'
import { writeSotuEdition } from './sotu-edition'

export const SOTU_SOURCES = join(ROOT, '.generated/editions')
export const SOTU_COMPILED = join(ROOT, '.generated/compiled')
export const SOTU_ID = 'sotu'

export async function buildSotu(): Promise<{ compiledDir: string; built: boolean }> {
  const source = join(SOTU_SOURCES, SOTU_ID)
  if (!existsSync(join(source, 'edition.json'))) await writeSotuEdition(source)
  const report = await buildEditions(SOTU_SOURCES, SOTU_COMPILED)
  return { compiledDir: SOTU_COMPILED, built: report.built.length > 0 }
}
