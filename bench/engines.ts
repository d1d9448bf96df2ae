/**
 * The engines compared. Each builds from the same compiled edition and answers the same queries:
 * Elshi end to end (grouped results with snippets and highlights), a brute-force indexOf scan, a naive
 * Lunr setup (paragraph documents, positions whitelisted, the query string straight to idx.search),
 * and MiniSearch with its search-as-you-type options.
 */
import lunr from 'lunr'
import MiniSearch from 'minisearch'
import { buildSearchIndex } from '../src/main/search/build-index'
import { buildSearchFile } from '../src/main/search/build-search-file'
import { encodeParagraphTexts } from '../src/main/search/paragraph-texts'
import { searchServiceOf, type SearchService } from '../src/main/search/search-service'
import { encodeWordPositions, WordPositions } from '../src/main/search/word-positions'
import type { CompiledEdition } from '../src/shared/edition'

export interface Engine {
  readonly name: string
  /** Builds the engine; returns what it would store on disk, to measure size and cold load. */
  build(edition: CompiledEdition): string
  /** Answers one query; returns how many passages it found. */
  search(query: string): number
  /** Forgets anything kept from the last query (run untimed before each timed query). */
  forget?(): void
}

const paragraphsOf = (edition: CompiledEdition) =>
  edition.chapters.flatMap((chapter) => chapter.paragraphs.map((p) => ({ id: p.id, text: p.text })))

export function elshiEngine(): Engine {
  let service: SearchService | null = null
  return {
    name: 'Elshi',
    /** What the app stores for search: search.json, the plain texts and the word positions, measured together. */
    build(edition) {
      const texts = paragraphsOf(edition).map((p) => p.text)
      const positions = encodeWordPositions(texts)
      const file = buildSearchFile(edition, buildSearchIndex(edition), positions)
      const records = Buffer.from(positions.records, 'latin1')
      service = searchServiceOf(file, texts, WordPositions.of(positions.words, positions.lengths, records)!)
      return JSON.stringify(file) + encodeParagraphTexts(texts) + positions.records
    },
    search: (query) => service?.search(query).totalHits ?? 0,
    // The service keeps the last query's resolution for the highlights call that follows it; a timed
    // repeat of the same query must not be answered from it.
    forget: () => void service?.search('')
  }
}

/** What a reader's app does without an index: lower-case once, then indexOf every word in every passage. */
export function bruteForceEngine(): Engine {
  let texts: string[] = []
  return {
    name: 'brute force',
    build(edition) {
      texts = paragraphsOf(edition).map((p) => p.text.toLowerCase())
      return JSON.stringify(texts)
    },
    search(query) {
      const needles = [...query.toLowerCase().matchAll(/(-?)"([^"]+)"|(-?)([^\s"]+)/gu)].map((m) => ({
        exclude: (m[1] ?? m[3]) === '-',
        text: (m[2] ?? m[4] ?? '').replace(/[*~^+]\d*|^\w+:/gu, '')
      }))
      const required = needles.filter((n) => !n.exclude && n.text !== '').map((n) => n.text)
      const excluded = needles.filter((n) => n.exclude && n.text !== '').map((n) => n.text)
      let found = 0
      for (const text of texts)
        if (required.every((n) => text.includes(n)) && !excluded.some((n) => text.includes(n))) found++
      return found
    }
  }
}

export function naiveLunrEngine(): Engine {
  let index: lunr.Index | null = null
  return {
    name: 'naive Lunr',
    build(edition) {
      index = lunr(function () {
        this.ref('id')
        this.field('text')
        this.metadataWhitelist = ['position']
        for (const paragraph of paragraphsOf(edition)) this.add(paragraph)
      })
      return JSON.stringify(index)
    },
    search(query) {
      try {
        return index?.search(query).length ?? 0
      } catch {
        return 0 // lunr.QueryParseError: the reader would see nothing (or an error)
      }
    }
  }
}

export const MINISEARCH_OPTIONS = { prefix: true, fuzzy: 0.2, combineWith: 'AND' } as const

export function miniSearchEngine(): Engine {
  let index: MiniSearch | null = null
  return {
    name: 'MiniSearch',
    build(edition) {
      index = new MiniSearch({ fields: ['text'], storeFields: [] })
      index.addAll(paragraphsOf(edition))
      return JSON.stringify(index)
    },
    search: (query) => index?.search(query, MINISEARCH_OPTIONS).length ?? 0
  }
}

/** The engines by name, for a thread to make its own (engine-worker.ts). */
export const ENGINES = {
  Elshi: elshiEngine,
  'brute force': bruteForceEngine,
  'naive Lunr': naiveLunrEngine,
  MiniSearch: miniSearchEngine
} as const satisfies Record<string, () => Engine>
export type EngineName = keyof typeof ENGINES
/** In the order the table lists them, Elshi first. */
export const ENGINE_NAMES: readonly EngineName[] = ['Elshi', 'brute force', 'naive Lunr', 'MiniSearch']
