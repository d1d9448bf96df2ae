/**
 * Lunr's own chapter scores without Lunr's per-query machinery. Lunr scores a document as the dot
 * product of the query vector (1 per term) with the document's BM25 term weights (length-normalised
 * when the index was built), divided by the query vector's magnitude: a sum over terms. `index.query` gets there through a
 * token-set walk and a MatchData object per (term, chapter), which measured ~2–4 ms for a common word
 * over SOTU's 233 chapters; reading the same weights from the loaded index takes microseconds. The
 * Lunr internals are read through guards, never cast.
 */
import lunr from 'lunr'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

function weightIn(vector: lunr.Vector, termIndex: number): number {
  const elements: unknown = Reflect.get(vector, 'elements')
  if (!Array.isArray(elements)) return 0
  // Flat [index, value, index, value, …] sorted by index: binary search over the pairs.
  let low = 0
  let high = elements.length / 2
  while (low < high) {
    const mid = (low + high) >>> 1
    const at: unknown = elements[mid * 2]
    if (typeof at !== 'number') return 0
    if (at === termIndex) {
      const weight: unknown = elements[mid * 2 + 1]
      return typeof weight === 'number' ? weight : 0
    }
    if (at < termIndex) low = mid + 1
    else high = mid
  }
  return 0
}

export type ChapterRanker = (terms: Iterable<string>) => Map<number, number>

export function chapterRanker(index: lunr.Index, field: string): ChapterRanker {
  const inverted: unknown = Reflect.get(index, 'invertedIndex')
  const vectors: unknown = Reflect.get(index, 'fieldVectors')
  return (terms) => {
    const scores = new Map<number, number>()
    if (!isRecord(inverted) || !isRecord(vectors)) return scores
    let found = 0
    for (const term of terms) {
      const posting = Object.hasOwn(inverted, term) ? inverted[term] : undefined
      if (!isRecord(posting) || typeof posting['_index'] !== 'number' || !isRecord(posting[field])) continue
      found++
      for (const ref of Object.keys(posting[field])) {
        const vector = vectors[`${field}/${ref}`]
        if (!(vector instanceof lunr.Vector)) continue
        const weight = weightIn(vector, posting['_index'])
        scores.set(Number(ref), (scores.get(Number(ref)) ?? 0) + weight)
      }
    }
    const magnitude = Math.sqrt(found)
    for (const [chapter, score] of scores) scores.set(chapter, score / magnitude)
    return scores
  }
}
