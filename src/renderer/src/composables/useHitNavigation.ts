/**
 * Opening a search hit: the chapter at that paragraph, keeping the query in the address. Stepping
 * ("n of m") goes in reading order, starting from the passage the reader has in view.
 */
import { useRoute, useRouter } from 'vue-router'
import { useEditionStore } from '../stores/edition'
import { useReaderStore } from '../stores/reader'
import { useSearchStore, type HitStop } from '../stores/search'
import type { ReaderPlace } from './hitStops'
import { paragraphBeingRead } from './useReadingPosition'

export function useHitNavigation(editionId: () => string | null) {
  const router = useRouter()
  const route = useRoute()
  const search = useSearchStore()
  const edition = useEditionStore()
  const reader = useReaderStore()

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

  /** The chapter on screen and the passage in view, or null off the chapters (title page, glossary…). */
  function place(): ReaderPlace | null {
    const chapterId = route.params['chapterId']
    const chapter = reader.chapter
    if (typeof chapterId !== 'string' || !chapter || chapter.id !== chapterId) return null
    const article = document.querySelector<HTMLElement>('article.chapter')
    const ids = chapter.paragraphs.map((paragraph) => paragraph.id)
    return {
      chapterId,
      chapterOrder: edition.toc.findIndex((entry) => entry.id === chapterId),
      paragraphId: article ? paragraphBeingRead(article) : null,
      indexOf: (paragraphId) => ids.indexOf(paragraphId)
    }
  }

  /** "n of m": the next or previous hit in reading order across the whole edition, crossing chapters. */
  async function step(direction: 1 | -1): Promise<void> {
    // Enter right after the last keystroke steps through that input's hits, once they are in.
    await search.settled()
    const edition = editionId()
    const stop = search.step(direction, place())
    if (!stop || !edition) return
    void router.push({
      name: 'chapter',
      params: { editionId: edition, chapterId: stop.chapterId },
      query: { p: stop.paragraphId, q: search.query }
    })
  }

  return { open, step }
}
