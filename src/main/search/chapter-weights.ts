/**
 * Build time only: the BM25 weights Lunr stored for every (term, chapter), read out of a Lunr index into
 * a compact table. Lunr's own serialized index is ~6 MB for SOTU and rehydrating it builds a token set
 * of every term; ranking only ever reads these weights, so the app loads just them (see chapter-rank.ts).
 * Lunr rounds each weight to three decimals when it builds the index, so a weight is stored exactly as
 * an integer number of thousandths. The Lunr internals are read through guards, never cast.
 */
import type lunr from 'lunr'
import { encodeNumbers } from './number-text'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

function weightIn(vector: unknown, termIndex: number): number {
  const elements: unknown = isRecord(vector) ? vector['elements'] : undefined
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

/** term → [chapter gap, thousandths, chapter gap, thousandths, …] (number-text.ts), chapters ascending. */
export function chapterWeights(index: lunr.Index, field: string): Record<string, string> {
  const inverted: unknown = Reflect.get(index, 'invertedIndex')
  const vectors: unknown = Reflect.get(index, 'fieldVectors')
  const table: Record<string, string> = {}
  if (!isRecord(inverted) || !isRecord(vectors)) return table
  for (const term of Object.keys(inverted).sort()) {
    const posting = inverted[term]
    if (!isRecord(posting) || typeof posting['_index'] !== 'number' || !isRecord(posting[field])) continue
    const termIndex = posting['_index']
    const refs = Object.keys(posting[field])
      .map(Number)
      .sort((a, b) => a - b)
    table[term] = encodeNumbers(
      refs.flatMap((ref, i) => [
        ref - (i === 0 ? 0 : refs[i - 1]!),
        Math.round(weightIn(vectors[`${field}/${ref}`], termIndex) * 1000)
      ])
    )
  }
  return table
}
