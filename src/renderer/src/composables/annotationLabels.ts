/** Words the reader uses for annotation kinds and dates. English only, like the rest of the interface. */
import type { AnnotationKind } from '../../../shared/edition'

export const KIND_LABELS: Record<AnnotationKind, { readonly one: string; readonly many: string }> = {
  person: { one: 'Person', many: 'People' },
  organization: { one: 'Organization', many: 'Organizations' },
  treaty: { one: 'Treaty or document', many: 'Treaties and documents' },
  event: { one: 'Event', many: 'Events' },
  place: { one: 'Place', many: 'Places' },
  date: { one: 'Date', many: 'Dates' },
  term: { one: 'Term', many: 'Terms' }
}

/** "2006-09-08" → "8 September 2006"; a bare year stays a year. The build guarantees the format. */
const EDITION_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC'
})

export function formatEditionDate(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date
  return EDITION_DATE.format(new Date(`${date}T00:00:00Z`))
}

export const yearOf = (date: string): string => date.slice(0, 4)
