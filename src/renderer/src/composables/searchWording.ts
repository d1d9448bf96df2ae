/** The words the search panel uses for "Nothing found", in one place, in the interface language. */
import { t } from '../i18n'
import { formatList } from '../i18n/format'

/** What to try when nothing is found: fewer words, without an exclusion or quotes, the spelling. */
export function suggestionsFor(query: string): string[] {
  const tips: string[] = []
  const exclusions = query.match(/(?:^|\s)-\S+/gu)?.map((word) => word.trim()) ?? []
  if (exclusions.length)
    tips.push(t('search.tips.exclusion', { words: formatList(exclusions.map((e) => `“${e}”`)) }))
  if (query.includes('"')) tips.push(t('search.tips.quotes'))
  if (
    query
      .trim()
      .split(/\s+/u)
      .filter((word) => !word.startsWith('-')).length > 1
  )
    tips.push(t('search.tips.fewerWords'))
  tips.push(t('search.tips.spelling'))
  return tips
}
