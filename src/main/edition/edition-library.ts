/**
 * The compiled editions on disk, loaded lazily and once: nothing is read until the reader asks, so
 * window creation never waits for content. The search index, the largest file, loads on first search.
 */
import { reason } from '../../shared/i18n/reasons'
import { join } from 'node:path'
import * as v from 'valibot'
import {
  CompiledEditionSchema,
  EditionSummarySchema,
  type Chapter,
  type CompiledEdition,
  type EditionMeta,
  type EditionSummary
} from '../../shared/edition'
import { ElshiFailure } from '../../shared/result'
import { loadSearchService } from '../search/load-search'
import { inProcessEngine, type SearchEngine } from '../search/search-engine'
import { startWorkerEngine, type WorkerEntry } from '../search/worker/worker-engine'
import { readValidatedJson } from './read-json'

export interface EditionLibrary {
  listEditions(): Promise<EditionSummary[]>
  getEdition(editionId: string): Promise<EditionMeta>
  getChapter(editionId: string, chapterId: string): Promise<Chapter>
  getCompiled(editionId: string): Promise<CompiledEdition>
  /** The edition's search, loaded on first use: in a worker thread when one is configured. */
  getSearch(editionId: string): Promise<SearchEngine>
  /** Stops search workers (app quit, end of a test). */
  close(): Promise<void>
}

export interface LibraryOptions {
  /** Load indexes in a worker thread, off the event loop that serves the window. */
  readonly searchWorker?: WorkerEntry
}

export function createEditionLibrary(editionsDir: string, options: LibraryOptions = {}): EditionLibrary {
  let catalog: Promise<EditionSummary[]> | null = null
  const editions = new Map<string, Promise<CompiledEdition>>()
  const searches = new Map<string, Promise<SearchEngine>>()

  const listEditions = (): Promise<EditionSummary[]> => {
    catalog ??= readValidatedJson(join(editionsDir, 'catalog.json'), v.array(EditionSummarySchema)).catch(
      (error: unknown) => {
        catalog = null
        throw error
      }
    )
    return catalog
  }

  const known = async (editionId: string): Promise<void> => {
    if (!(await listEditions()).some((e) => e.id === editionId))
      throw new ElshiFailure('not-found', reason('editionNotFound', { editionId }))
  }

  /** Caches the promise so concurrent callers share one read; a failure is not cached. */
  const once = <T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> => {
    let pending = cache.get(key)
    if (!pending) {
      pending = load().catch((error: unknown) => {
        cache.delete(key)
        throw error
      })
      cache.set(key, pending)
    }
    return pending
  }

  const getCompiled = (editionId: string): Promise<CompiledEdition> =>
    once(editions, editionId, async () => {
      await known(editionId)
      return readValidatedJson(join(editionsDir, editionId, 'edition.json'), CompiledEditionSchema)
    })

  return {
    listEditions,
    getCompiled,
    async getEdition(editionId) {
      return (await getCompiled(editionId)).meta
    },
    async getChapter(editionId, chapterId) {
      const { chapters } = await getCompiled(editionId)
      const at = chapters.findIndex((c) => c.id === chapterId)
      if (at < 0) throw new ElshiFailure('not-found', reason('chapterNotFound', { chapterId }))
      return {
        ...chapters[at]!,
        previousId: chapters[at - 1]?.id ?? null,
        nextId: chapters[at + 1]?.id ?? null
      }
    },
    getSearch(editionId) {
      return once(searches, editionId, async () => {
        await known(editionId)
        const dir = join(editionsDir, editionId)
        return options.searchWorker
          ? startWorkerEngine(options.searchWorker, dir)
          : inProcessEngine(await loadSearchService(dir))
      })
    },
    async close() {
      const engines = await Promise.allSettled(searches.values())
      searches.clear()
      await Promise.all(engines.map((e) => (e.status === 'fulfilled' ? e.value.close() : undefined)))
    }
  }
}
