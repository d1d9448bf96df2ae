/**
 * How a paragraph's controls name it to a screen reader: its number and its opening words
 * ("paragraph 3: Kazakhstan initiated the Conference…"), never an internal id.
 */
import { t } from '../i18n'
import { formatNumber } from '../i18n/format'
const OPENING_WORDS = 6

export function paragraphName(index: number, text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean)
  const opening = words
    .slice(0, OPENING_WORDS)
    .join(' ')
    .replace(/[\s,;:.—–-]+$/u, '')
  const more = words.length > OPENING_WORDS ? '…' : ''
  const number = formatNumber(index + 1)
  return opening
    ? t('reader.paragraphNamed', { number, opening: `${opening}${more}` })
    : t('reader.paragraphNumber', { number })
}
