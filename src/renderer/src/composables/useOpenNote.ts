/**
 * Which note is open lives in the address (…?p=<paragraph>&note=<annotation>), so a related-note link,
 * a glossary occurrence, a timeline entry and a search hit all open a note the same way. Opening and
 * closing in place replace the address rather than pushing, so Back leaves the chapter, not the note.
 */
import { computed, type ComputedRef } from 'vue'
import { useRoute, useRouter } from 'vue-router'

export interface OpenNote {
  readonly annotationId: string
  readonly paragraphId: string
}

export function useOpenNote(): {
  openNote: ComputedRef<OpenNote | null>
  toggle: (annotationId: string, paragraphId: string) => void
  close: () => void
} {
  const route = useRoute()
  const router = useRouter()
  const text = (name: string): string | null => {
    const value = route.query[name]
    return typeof value === 'string' && value !== '' ? value : null
  }

  const openNote = computed<OpenNote | null>(() => {
    const annotationId = text('note')
    const paragraphId = text('p')
    return annotationId && paragraphId ? { annotationId, paragraphId } : null
  })

  function close(): void {
    const { note: _closed, ...query } = route.query
    void router.replace({ query })
  }

  function toggle(annotationId: string, paragraphId: string): void {
    const current = openNote.value
    if (current?.annotationId === annotationId && current.paragraphId === paragraphId) return close()
    void router.replace({ query: { ...route.query, p: paragraphId, note: annotationId } })
  }

  return { openNote, toggle, close }
}
