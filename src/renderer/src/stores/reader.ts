/** The chapter on screen. Requests that finish out of order never replace a newer chapter. */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Chapter } from '../../../shared/edition'
import { bridge } from '../bridge'

export const useReaderStore = defineStore('reader', () => {
  const chapter = ref<Chapter | null>(null)
  const editionId = ref<string | null>(null)
  const error = ref<string | null>(null)
  const loading = ref(false)
  let latest = 0

  async function openChapter(edition: string, chapterId: string): Promise<void> {
    if (editionId.value === edition && chapter.value?.id === chapterId) return
    const request = ++latest
    loading.value = true
    const result = await bridge().getChapter(edition, chapterId)
    if (request !== latest) return
    loading.value = false
    if (result.ok) {
      chapter.value = result.value
      editionId.value = edition
      error.value = null
    } else {
      error.value = result.error.message
    }
  }

  return { chapter, editionId, error, loading, openChapter }
})
