/**
 * Lunr's own chapter scores without Lunr's per-query machinery, or even a loaded Lunr index. Lunr
 * scores a document as the dot product of the query vector (1 per term) with the document's BM25 term
 * weights (length-normalised when the index was built), divided by the query vector's magnitude: a sum
 * over terms. `index.query` gets there through a token-set walk and a MatchData object per (term,
 * chapter), ~2–4 ms for a common word over SOTU's 233 chapters, and `lunr.Index.load` costs a token set
 * of every term at start-up; the weights themselves (chapter-weights.ts) are all the sum needs.
 */
import type lunr from 'lunr'
import { chapterWeights } from './chapter-weights'
import { decodeNumbers } from './number-text'

export type ChapterRanker = (terms: Iterable<string>) => Map<number, number>

interface Weights {
  readonly chapters: Int32Array
  readonly weights: Float64Array
}

function decodeWeights(encoded: string): Weights {
  const numbers = decodeNumbers(encoded)
  const chapters = new Int32Array(numbers.length >> 1)
  const weights = new Float64Array(numbers.length >> 1)
  for (let i = 0; i < chapters.length; i++) {
    chapters[i] = numbers[2 * i]! + (i === 0 ? 0 : chapters[i - 1]!)
    // Lunr stored Math.round(score * 1000) / 1000: the same division gives the very same number.
    weights[i] = numbers[2 * i + 1]! / 1000
  }
  return { chapters, weights }
}

/** Ranks from the stored weight table; a term's weights are decoded when a query first needs them. */
export function rankerFromWeights(encoded: Readonly<Record<string, string>>): ChapterRanker {
  const decoded = new Map<string, Weights>()
  return (terms) => {
    const scores = new Map<number, number>()
    let found = 0
    for (const term of terms) {
      if (!Object.hasOwn(encoded, term)) continue
      let entry = decoded.get(term)
      if (!entry) decoded.set(term, (entry = decodeWeights(encoded[term]!)))
      found++
      for (let i = 0; i < entry.chapters.length; i++) {
        const chapter = entry.chapters[i]!
        scores.set(chapter, (scores.get(chapter) ?? 0) + entry.weights[i]!)
      }
    }
    const magnitude = Math.sqrt(found)
    for (const [chapter, score] of scores) scores.set(chapter, score / magnitude)
    return scores
  }
}

/** The same ranking straight from a Lunr index (build time and tests). */
export function chapterRanker(index: lunr.Index, field: string): ChapterRanker {
  return rankerFromWeights(chapterWeights(index, field))
}
