/**
 * Where a keyboard caret lands when it moves by a word or a sentence through a chapter's plain text
 * (shared/bookmarks/chapter-text, the text bookmark selectors count in). Words and sentences are the
 * language's own (Intl.Segmenter), so Russian and Kazakh step as English does.
 */
export type StepUnit = 'word' | 'sentence'

interface Piece {
  readonly start: number
  readonly end: number
}

const cache = new Map<string, readonly Piece[]>()

function pieces(text: string, unit: StepUnit, locale: string): readonly Piece[] {
  const key = `${unit}\u0000${locale}\u0000${text}`
  const known = cache.get(key)
  if (known) return known
  const found: Piece[] = []
  for (const segment of new Intl.Segmenter(locale, { granularity: unit }).segment(text)) {
    if (unit === 'word' && !segment.isWordLike) continue
    // A sentence's trailing spaces and paragraph breaks are not part of it: the caret stops after its mark.
    const end = segment.index + segment.segment.trimEnd().length
    if (end > segment.index) found.push({ start: segment.index, end })
  }
  if (cache.size > 8) cache.clear()
  cache.set(key, found)
  return found
}

/**
 * The caret's next place from `offset`: forward, the end of the word (sentence) it is in or the next
 * one; backward, the start of the one it is in or the one before. At either end of the text it stays.
 * `edge` asks for the other side instead: a selection shrinking back from its end stops at the end of
 * the word before, so "Furthermore, our" becomes "Furthermore", not "Furthermore, ".
 */
export function step(
  text: string,
  offset: number,
  direction: 1 | -1,
  unit: StepUnit,
  locale = 'en',
  edge: 'start' | 'end' = direction === 1 ? 'end' : 'start'
): number {
  const all = pieces(text, unit, locale)
  if (direction === 1) return all.find((piece) => piece[edge] > offset)?.[edge] ?? offset
  return all.findLast((piece) => piece[edge] < offset)?.[edge] ?? offset
}
