/**
 * What the reader must be told about their saved data: the notices main gave at start (a file set
 * aside, read-only mode…) and problems found later, such as a reading position that could not be
 * saved, each told once rather than on every scroll.
 */
import { reasonsText } from '../i18n/reasons'
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { StoreNotice } from '../../../shared/storage/notice'
import { bridge } from '../bridge'

export interface DataNotice {
  key: string
  /** The notice in words, called where it is shown so it follows a change of language. */
  text: () => string
  /** A file in the data folder for "Show in folder", or null. */
  reveal: string | null
}

export const useDataNoticesStore = defineStore('dataNotices', () => {
  const notices = ref<DataNotice[]>([])
  const told = new Set<string>()

  function tell(notice: DataNotice): void {
    if (told.has(notice.key)) return
    told.add(notice.key)
    notices.value = [...notices.value, notice]
  }

  async function loadStartup(): Promise<void> {
    const result = await bridge().getStartupNotices()
    if (!result.ok) return
    result.value.forEach((n: StoreNotice, i) =>
      tell({ key: `startup-${i}`, text: () => reasonsText(n.message), reveal: n.reveal })
    )
  }

  const dismiss = (): void => void (notices.value = [])

  return { notices, tell, loadStartup, dismiss }
})
