/** Which editions exist and the open edition's metadata and table of contents. */
import { errorText } from '../i18n/reasons'
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { EditionMeta, EditionSummary } from '../../../shared/edition'
import { bridge } from '../bridge'

export const useEditionStore = defineStore('edition', () => {
  const editions = ref<readonly EditionSummary[]>([])
  const meta = ref<EditionMeta | null>(null)
  const error = ref<string | null>(null)
  const loading = ref(false)

  async function loadEditions(): Promise<void> {
    const result = await bridge().listEditions()
    if (result.ok) editions.value = result.value
    else error.value = errorText(result.error)
  }

  async function open(editionId: string): Promise<void> {
    if (meta.value?.id === editionId) return
    loading.value = true
    const result = await bridge().getEdition(editionId)
    loading.value = false
    if (result.ok) {
      meta.value = result.value
      error.value = null
    } else {
      error.value = errorText(result.error)
    }
  }

  const toc = computed(() => meta.value?.toc ?? [])
  const firstChapterId = computed(() => toc.value[0]?.id ?? null)
  /**
   * The edition's own language, for the `lang` of its text, titles and notes wherever they show: the
   * interface around them speaks the reader's language, and a screen reader switches voice between.
   */
  const contentLang = computed(() => meta.value?.language ?? 'en')

  return { editions, meta, error, loading, toc, firstChapterId, contentLang, loadEditions, open }
})
