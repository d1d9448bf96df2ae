/** Words the reader uses for annotation kinds and dates, in the interface language. */
import type { AnnotationKind } from '../../../shared/edition'
import { t } from '../i18n'
import { formatCalendarDate } from '../i18n/format'

/** A kind's name for one note ("Person") and as a section heading ("People"). */
export const KIND_LABELS: Record<AnnotationKind, { one(): string; many(): string }> = {
  person: { one: () => t('notes.kinds.person.one'), many: () => t('notes.kinds.person.many') },
  organization: {
    one: () => t('notes.kinds.organization.one'),
    many: () => t('notes.kinds.organization.many')
  },
  treaty: { one: () => t('notes.kinds.treaty.one'), many: () => t('notes.kinds.treaty.many') },
  event: { one: () => t('notes.kinds.event.one'), many: () => t('notes.kinds.event.many') },
  place: { one: () => t('notes.kinds.place.one'), many: () => t('notes.kinds.place.many') },
  date: { one: () => t('notes.kinds.date.one'), many: () => t('notes.kinds.date.many') },
  term: { one: () => t('notes.kinds.term.one'), many: () => t('notes.kinds.term.many') }
}

/** "2006-09-08" → "8 September 2006" (in the interface language); a bare year stays a year. */
export const formatEditionDate = (date: string): string => formatCalendarDate(date)

export const yearOf = (date: string): string => date.slice(0, 4)
