/**
 * Reads an edition's search files (written at build time: search-file.ts, paragraph-texts.ts) and builds
 * its search service. Never the edition's HTML: see search-file.ts.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ElshiFailure } from '../../shared/result'
import { readValidatedJson } from '../edition/read-json'
import { ParagraphTexts } from './paragraph-texts'
import { SearchFileSchema } from './search-file'
import { searchServiceOf, type SearchService } from './search-service'

export const SEARCH_FILE = 'search.json'
export const TEXTS_FILE = 'search-texts.txt'

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file)
  } catch {
    throw new ElshiFailure(
      'not-found',
      `The edition file ${file} is missing. Run "npm run content -- build".`
    )
  }
}

export async function loadSearchService(editionDir: string): Promise<SearchService> {
  const textsFile = join(editionDir, TEXTS_FILE)
  const [file, bytes] = await Promise.all([
    readValidatedJson(join(editionDir, SEARCH_FILE), SearchFileSchema),
    readBytes(textsFile)
  ])
  const texts = ParagraphTexts.of(bytes, file.textBytes)
  if (texts?.length !== file.ids.length)
    throw new ElshiFailure(
      'internal',
      `The edition file ${textsFile} is damaged: it does not hold the ${file.ids.length} passages ${SEARCH_FILE} lists.`
    )
  return searchServiceOf(file, texts)
}
