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

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
]

/** "2006-09-08" → "8 September 2006"; a bare year stays a year. The build guarantees the format. */
export function formatEditionDate(date: string): string {
  const [year, month, day] = date.split('-')
  if (month === undefined || day === undefined) return date
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`
}

export const yearOf = (date: string): string => date.slice(0, 4)
