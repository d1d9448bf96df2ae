/** A fixture edition compiled in memory, with the search service main would build from it. */
import { join } from 'node:path'
import { compileEdition } from '../../scripts/content/compile-edition'
import { createSearchService, type SearchService } from '../../src/main/search/search-service'
import type { CompiledEdition } from '../../src/shared/edition'
import type { SearchResults } from '../../src/shared/search'
import { ROOT } from './edition-paths'

export const FIXTURE_EDITIONS = join(ROOT, 'tests/fixtures/editions')

export async function fixtureSearch(
  id: string
): Promise<{ edition: CompiledEdition; search: SearchService }> {
  const { edition, index } = await compileEdition(join(FIXTURE_EDITIONS, id))
  return { edition, search: createSearchService(edition, index) }
}

/** The passages found, in result order. */
export const paragraphIds = (results: SearchResults): string[] =>
  results.groups.flatMap((g) => g.paragraphIds)

/** The highlighted words of every snippet shown. */
export const markedInSnippets = (results: SearchResults): string[] =>
  results.groups.flatMap((g) =>
    g.hits.flatMap((h) => h.snippet.highlights.map((r) => h.snippet.text.slice(r.start, r.end)))
  )
