/** Copies a fixture edition into a fresh temp folder so a test can break one rule of it. */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from './edition-paths'

export const TINY_FIXTURE = join(ROOT, 'tests/fixtures/editions/tiny-edition')

export async function copyEdition(source: string, id = 'tiny-edition'): Promise<string> {
  const parent = await mkdtemp(join(tmpdir(), 'elshi-edition-'))
  const dir = join(parent, id)
  await cp(source, dir, { recursive: true })
  return dir
}

export async function editFile(dir: string, relative: string, edit: (text: string) => string): Promise<void> {
  const file = join(dir, relative)
  await writeFile(file, edit(await readFile(file, 'utf8')))
}
