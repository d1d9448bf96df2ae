/**
 * The open edition's editors' notes. Small enough to load whole, once per edition: the chapter marks,
 * the notes, the glossary and the timeline all read from here.
 */
import { errorText } from '../i18n/reasons'
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Annotation } from '../../../shared/edition'
import { bridge } from '../bridge'
import type { NoteMark } from '../composables/noteMarks'

export const useAnnotationsStore = defineStore('annotations', () => {
  const editionId = ref<string | null>(null)
  const list = ref<readonly Annotation[]>([])
  const error = ref<string | null>(null)
  let latest = 0

  async function load(edition: string): Promise<void> {
    if (editionId.value === edition) return
    const request = ++latest
    const result = await bridge().getAnnotations(edition)
    if (request !== latest) return
    if (result.ok) {
      list.value = result.value
      editionId.value = edition
      error.value = null
    } else {
      error.value = errorText(result.error)
    }
  }

  const byId = computed(() => new Map(list.value.map((annotation) => [annotation.id, annotation])))

  /** The notes anchored nowhere in the text: about the edition as a whole (the author). */
  const unanchored = computed(() => list.value.filter((annotation) => annotation.occurrences.length === 0))

  /** Every dated note, oldest first; "YYYY" and "YYYY-MM-DD" sort chronologically as plain strings. */
  const dated = computed(() =>
    list.value
      .filter((annotation) => annotation.date !== null)
      .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.title.localeCompare(b.title))
  )

  function marksInChapter(chapterId: string): Map<string, NoteMark[]> {
    const byParagraph = new Map<string, NoteMark[]>()
    for (const annotation of list.value) {
      for (const occurrence of annotation.occurrences) {
        if (occurrence.chapterId !== chapterId) continue
        const marks = byParagraph.get(occurrence.paragraphId) ?? []
        marks.push({ start: occurrence.start, end: occurrence.end, annotationId: annotation.id })
        byParagraph.set(occurrence.paragraphId, marks)
      }
    }
    return byParagraph
  }

  return { editionId, list, error, byId, unanchored, dated, load, marksInChapter }
})
