/**
 * The query, its results and where the reader stands among the hits. Search runs in main; this store
 * asks at each keystroke, keeps only the answer to the latest input, says "preparing" while a large
 * index loads, counts every occurrence as a stop for "n of m" in reading order (hitStops.ts), and
 * fetches the highlights of the chapter on screen once the results have painted.
 */
import { errorText } from '../i18n/reasons'
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { SearchResults, TextRange } from '../../../shared/search'
import { bridge } from '../bridge'
import { nextStop, stopsOf, type HitStop, type ReaderPlace, type Wrap } from '../composables/hitStops'

export type { HitStop } from '../composables/hitStops'

/** No wait: each keystroke searches at once (off the window's thread) and only the latest answer is shown. */
export const SEARCH_DEBOUNCE_MS = 0

/** Resolves once the next frame has been rendered (a task after its animation-frame callbacks). */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
}

export const useSearchStore = defineStore('search', () => {
  const query = ref('')
  /** "Search instead for …": the query is taken exactly as typed, without spelling correction. */
  const asTyped = ref(false)
  // Replaced whole, never changed in place: a shallow ref spares a deep proxy over every hit (hundreds
  // of objects for a common word) on the way to the keystroke's paint.
  const results = shallowRef<SearchResults | null>(null)
  const error = ref<string | null>(null)
  const pending = ref(false)
  /** The index of the open edition is loading (a large one takes a moment, off the window's thread). */
  const preparing = ref(false)
  /** The pasted text was longer than the box holds: it was cut at the limit. */
  const cut = ref(false)
  /** Position among `stops` of the hit the reader is at, or -1 before the first. */
  const current = ref(-1)
  /** Set when the last step went past an end and started again from the other. */
  const wrapped = ref<Wrap>(null)
  const chapterHighlights = shallowRef<{ key: string; ranges: Map<string, readonly TextRange[]> } | null>(
    null
  )
  const prepared = new Map<string, Promise<void>>()
  let latest = 0
  /** The answer to the latest input, still on its way or arrived (see `settled`). */
  let answering: Promise<void> = Promise.resolve()
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
            error.value = errorText(result.error)
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

  function run(editionId: string, text: string): Promise<void> {
    answering = answer(editionId, text)
    return answering
  }

  /**
   * Resolves once the latest input has its answer. Enter pressed before the last keystroke's results
   * arrive steps through those results, not the previous input's (whose stops the answer then replaces).
   */
  async function settled(): Promise<void> {
    // Typing on while waiting starts a newer answer: wait for that one too, but never twice for one.
    let awaited: Promise<void> | null = null
    while (pending.value && awaited !== answering) {
      awaited = answering
      await awaited.catch(() => undefined)
    }
  }

  async function answer(editionId: string, text: string): Promise<void> {
    const request = ++latest
    current.value = -1
    wrapped.value = null
    if (text.trim() === '') {
      results.value = null
      pending.value = false
      return
    }
    pending.value = true
    await prepare(editionId)
    // Typed on, or cleared, while the index was being prepared: that input is not asked about.
    if (request !== latest) return
    const result = await bridge().search(editionId, text, { asTyped: asTyped.value })
    // An answer to an older input is dropped: only the latest input's results are shown.
    if (request !== latest) return
    pending.value = false
    if (result.ok) {
      results.value = result.value
      error.value = null
    } else {
      error.value = errorText(result.error)
    }
  }

  function setQuery(editionId: string, text: string, immediate = false): Promise<void> {
    if (text !== query.value) cut.value = false
    query.value = text
    asTyped.value = false
    clearTimeout(timer)
    // No debounce: no timer either, whose hop alone cost a few milliseconds of a keystroke's answer.
    if (immediate || SEARCH_DEBOUNCE_MS === 0) return run(editionId, text)
    return new Promise((resolve) => {
      timer = setTimeout(() => void run(editionId, text).then(resolve), SEARCH_DEBOUNCE_MS)
    })
  }

  /** "Search instead for …" after a correction: the typed query, as typed. */
  function searchAsTyped(editionId: string, text: string): Promise<void> {
    clearTimeout(timer)
    query.value = text
    asTyped.value = true
    return run(editionId, text)
  }

  function clear(): void {
    clearTimeout(timer)
    latest++
    query.value = ''
    asTyped.value = false
    cut.value = false
    results.value = null
    pending.value = false
    current.value = -1
    wrapped.value = null
    chapterHighlights.value = null
  }

  const stops = computed(() => stopsOf(results.value))

  /** Moves to the next (or previous) hit in reading order, from the reader's place before the first. */
  function step(direction: 1 | -1, place: ReaderPlace | null): HitStop | null {
    const next = nextStop(stops.value, current.value, direction, place)
    if (!next) return null
    current.value = next.index
    wrapped.value = next.wrapped
    return stops.value[next.index] ?? null
  }

  /** Records that the reader opened this hit (from the results list), so "n of m" continues from it. */
  function standAt(stop: HitStop): void {
    wrapped.value = null
    current.value = stops.value.findIndex(
      (s) => s.paragraphId === stop.paragraphId && s.occurrence === (stop.occurrence ?? 0)
    )
  }

  const currentStop = computed(() => stops.value[current.value] ?? null)

  async function loadHighlights(editionId: string, chapterId: string): Promise<void> {
    const text = results.value?.query ?? ''
    const key = `${editionId}\n${chapterId}\n${text}\n${asTyped.value}`
    if (chapterHighlights.value?.key === key) return
    if (!results.value?.groups.some((group) => group.chapterId === chapterId)) {
      chapterHighlights.value = { key, ranges: new Map() }
      return
    }
    // The results list paints first: the chapter's marks are asked for once that frame is out, so
    // their rendering never holds it back, and not at all when the reader has typed on meanwhile.
    await afterNextPaint()
    if (results.value?.query !== text) return
    const result = await bridge().searchHighlights(editionId, chapterId, text, { asTyped: asTyped.value })
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
    asTyped,
    settled,
    results,
    error,
    pending,
    preparing,
    cut,
    current,
    currentStop,
    wrapped,
    stops,
    highlights,
    prepare,
    setQuery,
    searchAsTyped,
    clear,
    step,
    standAt,
    loadHighlights
  }
})
