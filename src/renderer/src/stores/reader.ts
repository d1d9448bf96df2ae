/**
 * The chapter on screen, and every chapter already fetched: opening one again (or going back to it) is
 * immediate, with no request and no "Opening…". Requests that finish out of order never replace a newer
 * chapter.
 */
import { errorText } from '../i18n/reasons'
import { defineStore } from 'pinia'
import { ref, shallowReactive } from 'vue'
import type { Chapter } from '../../../shared/edition'
import { bridge } from '../bridge'

const keyOf = (edition: string, chapterId: string): string => `${edition}/${chapterId}`

export const useReaderStore = defineStore('reader', () => {
  const chapter = ref<Chapter | null>(null)
  const editionId = ref<string | null>(null)
  const error = ref<string | null>(null)
  const loading = ref(false)
  /** Fetched chapters, kept for the session (an edition's text is small next to its search index). */
  const cache = shallowReactive(new Map<string, Chapter>())
  let latest = 0

  async function fetchChapter(edition: string, chapterId: string): Promise<Chapter | string> {
    const cached = cache.get(keyOf(edition, chapterId))
    if (cached) return cached
    const result = await bridge().getChapter(edition, chapterId)
    if (!result.ok) return errorText(result.error)
    cache.set(keyOf(edition, chapterId), result.value)
    return result.value
  }

  function show(edition: string, value: Chapter): void {
    chapter.value = value
    editionId.value = edition
    error.value = null
    loading.value = false
  }

  async function openChapter(edition: string, chapterId: string): Promise<void> {
    if (editionId.value === edition && chapter.value?.id === chapterId) return
    const request = ++latest
    // A chapter already fetched is shown in this same tick: the view never renders a gap.
    const cached = cache.get(keyOf(edition, chapterId))
    if (cached) return show(edition, cached)
    loading.value = true
    const result = await fetchChapter(edition, chapterId)
    if (request !== latest) return
    if (typeof result === 'string') {
      loading.value = false
      error.value = result
    } else {
      show(edition, result)
    }
  }

  /** Fetches the other chapters one by one in the background, for their reading times and instant turns. */
  async function prefetch(edition: string, chapterIds: readonly string[]): Promise<void> {
    for (const id of chapterIds) await fetchChapter(edition, id)
  }

  const cached = (edition: string, chapterId: string): Chapter | null =>
    cache.get(keyOf(edition, chapterId)) ?? null

  return { chapter, editionId, error, loading, openChapter, prefetch, cached }
})
