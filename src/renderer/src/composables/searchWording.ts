/** The words the search panel uses for counts and for "Nothing found", in one place. */
export const plural = (count: number, one: string, many: string): string =>
  `${count.toLocaleString('en')} ${count === 1 ? one : many}`

/** What to try when nothing is found: fewer words, without an exclusion or quotes, the spelling. */
export function suggestionsFor(query: string): string[] {
  const tips: string[] = []
  const exclusions = query.match(/(?:^|\s)-\S+/gu)?.map((word) => word.trim()) ?? []
  if (exclusions.length) tips.push(`Remove the exclusion ${exclusions.map((e) => `“${e}”`).join(', ')}.`)
  if (query.includes('"'))
    tips.push('Search without the quotation marks, so the words need not stand together.')
  if (
    query
      .trim()
      .split(/\s+/u)
      .filter((word) => !word.startsWith('-')).length > 1
  )
    tips.push('Use fewer words: every word must be in the passage.')
  tips.push('Check the spelling, or try another form of the word.')
  return tips
}
