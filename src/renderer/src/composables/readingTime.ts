/** Minutes to read a chapter at an unhurried 230 words a minute (studying a text is slower than skimming). */
import type { Chapter } from '../../../shared/edition'
import { t } from '../i18n'
import { formatNumber } from '../i18n/format'

const WORDS_PER_MINUTE = 230

export function wordCount(chapter: Chapter): number {
  return chapter.paragraphs.reduce((sum, p) => sum + (p.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0)
}

export function readingMinutes(chapter: Chapter): number {
  return Math.max(1, Math.round(wordCount(chapter) / WORDS_PER_MINUTE))
}

/** "5 min": an abbreviation, the same for every count in all three languages. */
export const minutesLabel = (minutes: number): string =>
  t('reader.minutes', { minutes: formatNumber(minutes) })
