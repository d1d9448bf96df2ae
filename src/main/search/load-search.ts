/**
 * Reads an edition's search files (written at build time: search-file.ts, paragraph-texts.ts) and builds
 * its search service. Never the edition's HTML: see search-file.ts.
 */
import { reason } from '../../shared/i18n/reasons'
import { join } from 'node:path'
import { ElshiFailure } from '../../shared/result'
import { parseCompiledJson, readCompiledFile, validateCompiled } from '../edition/read-json'
import { ParagraphTexts } from './paragraph-texts'
import { SearchFileSchema } from './search-file'
import { searchServiceOf, type SearchService } from './search-service'
import { WordPositions } from './word-positions'

export const SEARCH_FILE = 'search.json'
export const TEXTS_FILE = 'search-texts.txt'
export const POSITIONS_FILE = 'search-positions.txt'

/** Called after each step of a load, so the benchmark can show where a cold load's time goes. */
export type LoadPhases = (step: 'read' | 'JSON.parse' | 'validate' | 'find texts' | 'build service') => void

export async function loadSearchService(editionDir: string, phase?: LoadPhases): Promise<SearchService> {
  const searchFile = join(editionDir, SEARCH_FILE)
  const textsFile = join(editionDir, TEXTS_FILE)
  const positionsFile = join(editionDir, POSITIONS_FILE)
  const [raw, bytes, records] = await Promise.all([
    readCompiledFile(searchFile),
    readCompiledFile(textsFile),
    readCompiledFile(positionsFile)
  ])
  phase?.('read')
  const json = parseCompiledJson(searchFile, raw)
  phase?.('JSON.parse')
  const file = validateCompiled(searchFile, json, SearchFileSchema)
  phase?.('validate')
  const texts = ParagraphTexts.of(bytes, file.textBytes)
  if (texts?.length !== file.ids.length)
    throw new ElshiFailure('internal', reason('editionFileDamaged', { file: TEXTS_FILE }))
  const positions = WordPositions.of(file.positions.words, file.positions.lengths, records)
  if (!positions) throw new ElshiFailure('internal', reason('editionFileDamaged', { file: POSITIONS_FILE }))
  phase?.('find texts')
  const service = searchServiceOf(file, texts, positions)
  phase?.('build service')
  return service
}
