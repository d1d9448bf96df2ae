/** The glossary's two orders: sections by kind (in the edition's kind order), or by first letter. */
import { ANNOTATION_KINDS, type Annotation } from '../../../shared/edition'
import { KIND_LABELS } from './annotationLabels'

export type GlossaryOrder = 'kind' | 'alphabet'

export interface GlossarySection {
  readonly key: string
  readonly label: string
  readonly entries: readonly Annotation[]
}

/** A title is filed under its first letter or digit: “New Kazakhstan” goes under N, not under “. */
const sortKey = (title: string): string => title.replace(/^[^\p{L}\p{N}]+/u, '')

const byTitle = (a: Annotation, b: Annotation): number =>
  sortKey(a.title).localeCompare(sortKey(b.title), 'en', { sensitivity: 'base', numeric: true })

/** Titles starting with a digit ("2 July 1992") share one "0–9" section, before the letters. */
const initialOf = (title: string): string => {
  const first = sortKey(title).charAt(0).toLocaleUpperCase('en')
  return /\p{N}/u.test(first) ? '0–9' : first
}

export function glossarySections(
  annotations: readonly Annotation[],
  order: GlossaryOrder
): GlossarySection[] {
  const sorted = [...annotations].sort(byTitle)
  if (order === 'kind')
    return ANNOTATION_KINDS.map((kind) => ({
      key: kind,
      label: KIND_LABELS[kind].many(),
      entries: sorted.filter((annotation) => annotation.kind === kind)
    })).filter((section) => section.entries.length > 0)
  const sections = new Map<string, Annotation[]>()
  for (const annotation of sorted) {
    const initial = initialOf(annotation.title)
    sections.set(initial, [...(sections.get(initial) ?? []), annotation])
  }
  return [...sections].map(([initial, entries]) => ({ key: initial, label: initial, entries }))
}
