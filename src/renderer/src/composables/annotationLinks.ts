/** Where choosing an annotation leads: the passage with its note open, or the glossary if it has none. */
import type { RouteLocationRaw } from 'vue-router'
import type { Annotation, AnnotationOccurrence } from '../../../shared/edition'

export function passageOf(
  editionId: string,
  annotation: Annotation,
  occurrence: AnnotationOccurrence | undefined = annotation.occurrences[0]
): RouteLocationRaw {
  if (!occurrence) return { name: 'glossary', params: { editionId }, query: { entry: annotation.id } }
  return {
    name: 'chapter',
    params: { editionId, chapterId: occurrence.chapterId },
    query: { p: occurrence.paragraphId, note: annotation.id }
  }
}
