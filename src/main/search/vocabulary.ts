/** Prefix expansion over the edition's own words, so stemming never hides a word being typed. */

/** A one-letter prefix in a large edition would otherwise expand to thousands of terms. */
export const MAX_PREFIX_EXPANSION = 64

export class Vocabulary {
  private readonly words: readonly string[]
  private readonly terms: readonly string[]

  constructor(entries: readonly (readonly [string, string])[]) {
    this.words = entries.map(([word]) => word)
    this.terms = entries.map(([, term]) => term)
  }

  /** Index terms of words that start with `prefix`, bounded; the shortest words come first in sort order. */
  expand(prefix: string): string[] {
    const found = new Set<string>()
    for (let i = this.lowerBound(prefix); i < this.words.length; i++) {
      if (!this.words[i]!.startsWith(prefix)) break
      found.add(this.terms[i]!)
      if (found.size >= MAX_PREFIX_EXPANSION) break
    }
    return [...found]
  }

  private lowerBound(key: string): number {
    let low = 0
    let high = this.words.length
    while (low < high) {
      const mid = (low + high) >>> 1
      if (this.words[mid]! < key) low = mid + 1
      else high = mid
    }
    return low
  }
}
