/** The bundled edition compiled in memory, with the same search service main builds from it. */
import { compileEdition } from '../../scripts/content/compile-edition'
import { createSearchService, type SearchService } from '../../src/main/search/search-service'
import type { CompiledEdition } from '../../src/shared/edition'
import { BUNDLED_EDITION } from './edition-paths'

export async function bundledSearch(): Promise<{ edition: CompiledEdition; search: SearchService }> {
  const { edition, index } = await compileEdition(BUNDLED_EDITION)
  return { edition, search: createSearchService(edition, index) }
}
