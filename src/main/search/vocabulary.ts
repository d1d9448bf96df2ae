/** The edition's own words: prefix expansion while typing and typo correction, both bounded. */
import { bitsSet, boundedDistance, letterMask, typoBudget } from './edit-distance'

/** A one-letter prefix in a large edition would otherwise expand to thousands of terms. */
export const MAX_PREFIX_EXPANSION = 64
/** Typo correction never compares more words than this, so a huge vocabulary cannot stall a query. */
export const MAX_TYPO_CANDIDATES = 60_000
const MAX_WORD_LENGTH = 40

export interface Correction {
  readonly word: string
  readonly term: string
}

export interface Candidate extends Correction {
  readonly distance: number
  /** Passages holding the candidate's term. */
  readonly frequency: number
}

/** How many spellings context chooses among. */
const MAX_CANDIDATES = 12

export class Vocabulary {
  private readonly words: readonly string[]
  private readonly terms: readonly string[]
  /** term → its words; built on first use, so loading the edition does not wait for it. */
  private byTerm: Map<string, string[]> | null = null
  private bySecond: Map<string, Int32Array> | null = null
  /** Each word's letterMask (edit-distance.ts), built on the first typo. */
  private masks: Int32Array | null = null

  /** `words` sorted, `terms[i]` the index term of `words[i]`. */
  constructor(words: readonly string[], terms: readonly string[]) {
    this.words = words
    this.terms = terms
  }

  /** Index terms of words that start with `prefix`, bounded, in the words' sort order. */
  expand(prefix: string): string[] {
    const found = new Set<string>()
    for (let i = this.lowerBound(prefix); i < this.words.length; i++) {
      if (!this.words[i]!.startsWith(prefix)) break
      found.add(this.terms[i]!)
      if (found.size >= MAX_PREFIX_EXPANSION) break
    }
    return [...found]
  }

  /** The edition's words indexed under `term` (what a highlight of that term marks). */
  wordsOf(term: string): readonly string[] {
    let byTerm = this.byTerm
    if (!byTerm) {
      byTerm = this.byTerm = new Map()
      for (let at = 0; at < this.terms.length; at++) {
        const list = byTerm.get(this.terms[at]!)
        if (list) list.push(this.words[at]!)
        else byTerm.set(this.terms[at]!, [this.words[at]!])
      }
    }
    return byTerm.get(term) ?? []
  }

  /**
   * The edition's words at the fewest edits (within the typo budget) from a misspelled one, the most
   * frequent first (`frequency` counts the passages holding a term), so "goverment" leads to "government".
   * The caller picks among them by context (which of them stands with the query's other words).
   */
  candidates(word: string, frequency: (term: string) => number, limit = MAX_CANDIDATES): Candidate[] {
    const budget = typoBudget(word)
    if (budget === 0 || word.length > MAX_WORD_LENGTH) return []
    let found: Candidate[] = []
    let ceiling = budget
    let examined = 0
    const masks = this.letterMasks()
    const typedMask = letterMask(word)
    const visit = (at: number): void => {
      const candidate = this.words[at]!
      if (Math.abs(candidate.length - word.length) > ceiling) return
      if (bitsSet(masks[at]! ^ typedMask) > 2 * ceiling) return
      // Only the fewest edits count, so the ceiling drops to the best distance found (the scan gets cheaper).
      const distance = boundedDistance(word, candidate, ceiling)
      if (distance === Infinity) return
      if (distance < ceiling) {
        ceiling = distance
        found = found.filter((c) => c.distance <= distance)
      }
      found.push({ word: candidate, term: this.terms[at]!, distance, frequency: frequency(this.terms[at]!) })
    }
    // Typos rarely touch the first two letters together, so only words sharing the first letter (one run
    // of the sorted list) or the second (an index built on first use) are compared: ~6x fewer than all.
    const first = word.charCodeAt(0)
    const to = this.lowerBound(String.fromCharCode(first + 1))
    for (let at = this.lowerBound(word.charAt(0)); at < to && examined++ < MAX_TYPO_CANDIDATES; at++)
      visit(at)
    const sharingSecond = this.bySecondLetter().get(word.charAt(1)) ?? []
    for (let i = 0; i < sharingSecond.length && examined++ < MAX_TYPO_CANDIDATES; i++) {
      const at = sharingSecond[i]!
      if (this.words[at]!.charCodeAt(0) !== first) visit(at)
    }
    return found
      .sort((a, b) => a.distance - b.distance || b.frequency - a.frequency || (a.word < b.word ? -1 : 1))
      .slice(0, limit)
  }

  /** Second letter → the indices of the words that have it. */
  private bySecondLetter(): Map<string, Int32Array> {
    if (!this.bySecond) {
      const lists = new Map<string, number[]>()
      this.words.forEach((candidate, at) => {
        const key = candidate.charAt(1)
        const list = lists.get(key)
        if (list) list.push(at)
        else lists.set(key, [at])
      })
      this.bySecond = new Map([...lists].map(([key, list]) => [key, Int32Array.from(list)]))
    }
    return this.bySecond
  }

  private letterMasks(): Int32Array {
    if (!this.masks) this.masks = Int32Array.from(this.words, letterMask)
    return this.masks
  }

  /** The best candidate without context. */
  correct(word: string, frequency: (term: string) => number): Correction | null {
    return this.candidates(word, frequency, 1)[0] ?? null
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
