/**
 * Which paragraphs hold a term: ascending paragraph ordinals (reading order across the edition),
 * stored as gaps in number-text.ts's compact text. A JSON string parses far faster than an array of
 * numbers, and a list is decoded only when a query needs it (then cached).
 */
import { countNumbers, decodeNumbers, encodeNumbers } from './number-text'

export function encodePostings(ordinals: readonly number[]): string {
  return encodeNumbers(ordinals.map((ordinal, i) => ordinal - (i === 0 ? 0 : ordinals[i - 1]!)))
}

export function decodePostings(encoded: string): Int32Array {
  const list = decodeNumbers(encoded)
  for (let i = 1; i < list.length; i++) list[i] = list[i]! + list[i - 1]!
  return list
}

/** Number of paragraphs in an encoded list, without decoding it (for ranking typo corrections). */
export const postingsLength = (encoded: string): number => countNumbers(encoded)

export class PostingsTable {
  private readonly decoded = new Map<string, Int32Array>()

  private readonly decodedCounts = new Map<string, Int32Array | null>()

  constructor(
    private readonly encoded: Readonly<Record<string, string>>,
    private readonly counts: Readonly<Record<string, string>> = {}
  ) {}

  /** How often the term stands in each paragraph of get(term), less one; null when never more than once. */
  extraCounts(term: string): Int32Array | null {
    let list = this.decodedCounts.get(term)
    if (list === undefined) {
      list = Object.hasOwn(this.counts, term) ? decodeNumbers(this.counts[term]!) : null
      this.decodedCounts.set(term, list)
    }
    return list
  }

  has(term: string): boolean {
    return Object.hasOwn(this.encoded, term)
  }

  frequency(term: string): number {
    return this.has(term) ? postingsLength(this.encoded[term]!) : 0
  }

  get(term: string): Int32Array {
    let list = this.decoded.get(term)
    if (!list) {
      list = this.has(term) ? decodePostings(this.encoded[term]!) : new Int32Array(0)
      this.decoded.set(term, list)
    }
    return list
  }
}
