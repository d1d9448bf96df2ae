/**
 * Which paragraphs hold a term: ascending paragraph ordinals (reading order across the edition),
 * stored as base-36 gaps separated by spaces. A JSON string parses far faster than an array of
 * numbers, and a list is decoded only when a query needs it (then cached).
 */

export function encodePostings(ordinals: readonly number[]): string {
  let previous = 0
  return ordinals
    .map((ordinal) => {
      const gap = ordinal - previous
      previous = ordinal
      return gap.toString(36)
    })
    .join(' ')
}

export function decodePostings(encoded: string): Int32Array {
  if (encoded === '') return new Int32Array(0)
  const parts = encoded.split(' ')
  const out = new Int32Array(parts.length)
  let value = 0
  for (let i = 0; i < parts.length; i++) {
    value += parseInt(parts[i]!, 36)
    out[i] = value
  }
  return out
}

/** Number of paragraphs in an encoded list, without decoding it (for ranking typo corrections). */
export function postingsLength(encoded: string): number {
  if (encoded === '') return 0
  let count = 1
  for (let at = encoded.indexOf(' '); at >= 0; at = encoded.indexOf(' ', at + 1)) count++
  return count
}

export class PostingsTable {
  private readonly decoded = new Map<string, Int32Array>()

  constructor(private readonly encoded: Readonly<Record<string, string>>) {}

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
