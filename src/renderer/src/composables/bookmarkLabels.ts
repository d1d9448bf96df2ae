/** The colour labels' names in the interface language: a colour is always named in text too. */
import type { BookmarkLabel } from '../../../shared/bookmarks/schema'
import { t } from '../i18n'

const NAMES: Record<BookmarkLabel, () => string> = {
  yellow: () => t('bookmarks.labels.yellow'),
  green: () => t('bookmarks.labels.green'),
  blue: () => t('bookmarks.labels.blue'),
  pink: () => t('bookmarks.labels.pink'),
  purple: () => t('bookmarks.labels.purple')
}

export const labelName = (label: BookmarkLabel | null): string =>
  label ? NAMES[label]() : t('bookmarks.labels.none')
