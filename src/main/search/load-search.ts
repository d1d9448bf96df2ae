/** Reads an edition's compiled text and search index and builds its search service. */
import { join } from 'node:path'
import { CompiledEditionSchema } from '../../shared/edition'
import { readValidatedJson } from '../edition/read-json'
import { SerializedSearchIndexSchema } from './build-index'
import { createSearchService, type SearchService } from './search-service'

export async function loadSearchService(editionDir: string): Promise<SearchService> {
  const [edition, index] = await Promise.all([
    readValidatedJson(join(editionDir, 'edition.json'), CompiledEditionSchema),
    readValidatedJson(join(editionDir, 'index.json'), SerializedSearchIndexSchema)
  ])
  return createSearchService(edition, index)
}
