/**
 * How far through the chapter the reader is (0–1: how much of it has been on screen), and marks the chapter read once
 * its end has been on screen: kept by main with the settings, so the contents can tick it.
 */
import { ref, type Ref } from 'vue'
import { useSettingsStore } from '../stores/settings'
import { whileShown } from './whileShown'

export function useChapterProgress(place: () => { editionId: string; chapterId: string | null }): {
  progress: Ref<number>
  measure: () => void
} {
  const progress = ref(0)
  const settings = useSettingsStore()

  function markRead(): void {
    const { editionId, chapterId } = place()
    const read = settings.settings.readChapters[editionId] ?? []
    if (!chapterId || read.includes(chapterId)) return
    void settings.update({ readChapters: { [editionId]: [...read, chapterId] } })
  }

  function measure(): void {
    const page = document.querySelector<HTMLElement>('.page')
    const end = page?.querySelector('.chapter-nav.end')
    if (!page || !end) return
    // How much of the chapter, down to its end links, has been on screen.
    const start = page.querySelector('.chapter')?.getBoundingClientRect().top ?? 0
    const finish = end.getBoundingClientRect().bottom
    const seen = page.getBoundingClientRect().bottom - start
    progress.value = finish <= start ? 1 : Math.max(0, Math.min(1, seen / (finish - start)))
    if (end.getBoundingClientRect().top < page.getBoundingClientRect().bottom) markRead()
  }

  whileShown(
    () => document.addEventListener('scroll', measure, { capture: true, passive: true }),
    () => document.removeEventListener('scroll', measure, { capture: true })
  )
  return { progress, measure }
}
