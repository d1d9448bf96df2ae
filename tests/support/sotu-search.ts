/** The SOTU benchmark edition (generated into .generated/, never shipped) and the app's search over it. */
import { join } from 'node:path'
import { buildSotu, SOTU_ID } from '../../scripts/sotu/build-sotu'
import { loadSearchService } from '../../src/main/search/load-search'
import type { SearchService } from '../../src/main/search/search-service'

/** Generates and compiles SOTU when missing or stale (~10 s), then loads it as the search worker does. */
export async function sotuSearch(): Promise<SearchService> {
  const { compiledDir } = await buildSotu()
  return loadSearchService(join(compiledDir, SOTU_ID))
}

/** The chapters (addresses) found, best first. */
export const chapterIds = (results: { groups: readonly { chapterId: string }[] }): string[] =>
  results.groups.map((group) => group.chapterId)
