/**
 * The query, its results and where the reader stands among the hits. Search runs in main; this store
 * debounces typing, drops stale answers, says "preparing" while a large index loads, lists every hit
 * of the edition as a stop for "n of m", and fetches the highlights of the chapter on screen.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { AS_CORRECTED, type SearchResults, type TextRange } from '../../../shared/search'
import { bridge } from '../bridge'

export const SEARCH_DEBOUNCE_MS = 180

export interface HitStop {
  readonly chapterId: string
  readonly paragraphId: string
  /** A hit in an editors' note opens its passage with that note open. */
  readonly annotationId?: string
}

export const useSearchStore = defineStore('search', () => {
  const query = ref('')
  const results = ref<SearchResults | null>(null)
  const error = ref<string | null>(null)
  const pending = ref(false)
  /** The index of the open edition is loading (a large one takes a moment, off the window's thread). */
  const preparing = ref(false)
  /** Position among `stops` of the hit the reader is at, or -1 before the first. */
  const current = ref(-1)
  const chapterHighlights = ref<{ key: string; ranges: Map<string, readonly TextRange[]> } | null>(null)
  const prepared = new Map<string, Promise<void>>()
  let latest = 0
  let timer: ReturnType<typeof setTimeout> | undefined

  function prepare(editionId: string): Promise<void> {
    let ready = prepared.get(editionId)
    if (!ready) {
      const slow = setTimeout(() => (preparing.value = true), 50)
      ready = bridge()
        .prepareSearch(editionId)
        .then((result) => {
          if (!result.ok) {
            prepared.delete(editionId)
            error.value = result.error.message
          }
        })
        .finally(() => {
          clearTimeout(slow)
          preparing.value = false
        })
      prepared.set(editionId, ready)
    }
    return ready
  }

  async function run(editionId: string, text: string): Promise<void> {
    const request = ++latest
    current.value = -1
    if (text.trim() === '') {
      results.value = null
      pending.value = false
      return
    }
    pending.value = true
    await prepare(editionId)
    const result = await bridge().search(editionId, text, AS_CORRECTED)
    if (request !== latest) return
    pending.value = false
    if (result.ok) {
      results.value = result.value
      error.value = null
    } else {
      error.value = result.error.message
    }
  }

  function setQuery(editionId: string, text: string, immediate = false): Promise<void> {
    query.value = text
    clearTimeout(timer)
    if (immediate) return run(editionId, text)
    return new Promise((resolve) => {
      timer = setTimeout(() => void run(editionId, text).then(resolve), SEARCH_DEBOUNCE_MS)
    })
  }

  function clear(): void {
    clearTimeout(timer)
    latest++
    query.value = ''
    results.value = null
    pending.value = false
    current.value = -1
    chapterHighlights.value = null
  }

  const stops = computed<readonly HitStop[]>(
    () =>
      results.value?.groups.flatMap((group) =>
        group.paragraphIds.map((paragraphId) => ({ chapterId: group.chapterId, paragraphId }))
      ) ?? []
  )

  /** Moves to the next (or previous) hit, wrapping around the edition; returns where to go. */
  function step(direction: 1 | -1): HitStop | null {
    const count = stops.value.length
    if (count === 0) return null
    current.value =
      current.value < 0 ? (direction === 1 ? 0 : count - 1) : (current.value + direction + count) % count
    return stops.value[current.value] ?? null
  }

  /** Records that the reader opened this hit (from the results list), so "n of m" continues from it. */
  function standAt(stop: HitStop): void {
    current.value = stops.value.findIndex((s) => s.paragraphId === stop.paragraphId)
  }

  async function loadHighlights(editionId: string, chapterId: string): Promise<void> {
    const text = results.value?.query ?? ''
    const key = `${editionId}\n${chapterId}\n${text}`
    if (chapterHighlights.value?.key === key) return
    if (!results.value?.groups.some((group) => group.chapterId === chapterId)) {
      chapterHighlights.value = { key, ranges: new Map() }
      return
    }
    const result = await bridge().searchHighlights(editionId, chapterId, text, AS_CORRECTED)
    if (!result.ok || results.value?.query !== text) return
    chapterHighlights.value = {
      key,
      ranges: new Map(result.value.paragraphs.map((p) => [p.paragraphId, p.ranges]))
    }
  }

  const highlights = computed(
    () => chapterHighlights.value?.ranges ?? new Map<string, readonly TextRange[]>()
  )

  return {
    query,
    results,
    error,
    pending,
    preparing,
    current,
    stops,
    highlights,
    prepare,
    setQuery,
    clear,
    step,
    standAt,
    loadHighlights
  }
})
