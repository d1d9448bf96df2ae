/** Opening a search hit: the chapter at that paragraph, keeping the query in the address. */
import { useRouter } from 'vue-router'
import { useSearchStore, type HitStop } from '../stores/search'

export function useHitNavigation(editionId: () => string | null) {
  const router = useRouter()
  const search = useSearchStore()

  function open(stop: HitStop): void {
    const edition = editionId()
    if (!edition) return
    search.standAt(stop)
    void router.push({
      name: 'chapter',
      params: { editionId: edition, chapterId: stop.chapterId },
      query: {
        p: stop.paragraphId,
        q: search.query,
        ...(stop.annotationId ? { note: stop.annotationId } : {})
      }
    })
  }

  /** "n of m": the next or previous hit across the whole edition, crossing chapters. */
  function step(direction: 1 | -1): void {
    const stop = search.step(direction)
    if (stop) open(stop)
  }

  return { open, step }
}
