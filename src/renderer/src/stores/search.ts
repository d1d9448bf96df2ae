/**
 * The query and its results. Search runs in main; this store debounces typing, drops stale answers,
 * and flattens hits into one list for "n of m" navigation across the edition.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { SearchHit, SearchResults } from '../../../shared/search'
import { bridge } from '../bridge'

export const SEARCH_DEBOUNCE_MS = 180

export const useSearchStore = defineStore('search', () => {
  const query = ref('')
  const results = ref<SearchResults | null>(null)
  const error = ref<string | null>(null)
  const pending = ref(false)
  let latest = 0
  let timer: ReturnType<typeof setTimeout> | undefined

  async function run(editionId: string, text: string): Promise<void> {
    const request = ++latest
    if (text.trim() === '') {
      results.value = null
      pending.value = false
      return
    }
    pending.value = true
    const result = await bridge().search(editionId, text)
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
  }

  const hits = computed<readonly SearchHit[]>(
    () => results.value?.groups.flatMap((group) => group.hits) ?? []
  )
  const hitsInChapter = (chapterId: string): readonly SearchHit[] =>
    hits.value.filter((hit) => hit.chapterId === chapterId)

  return { query, results, error, pending, hits, hitsInChapter, setQuery, clear }
})
