/**
 * What main's handlers call: the search service behind an asynchronous face, so the same handlers work
 * whether the index lives in this process (tests, small editions) or in a worker thread (the app).
 */
import type { ChapterHighlights, SearchOptions, SearchResults } from '../../shared/search'
import type { SearchService } from './search-service'

export interface SearchEngine {
  search(query: string, options?: SearchOptions): Promise<SearchResults>
  highlights(chapterId: string, query: string, options?: SearchOptions): Promise<ChapterHighlights>
  close(): Promise<void>
}

export function inProcessEngine(service: SearchService): SearchEngine {
  return {
    search: async (query, options) => service.search(query, options),
    highlights: async (chapterId, query, options) => service.highlights(chapterId, query, options),
    close: async () => {}
  }
}
