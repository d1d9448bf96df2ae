/**
 * Lunr has no phrase search (lunr issue #62): a phrase is words at consecutive positions, found from
 * word-positions.ts's postings. Words are compared in their normalized form (case and accents folded,
 * apostrophes and a possessive 's dropped, as tokenize.ts does), the same form highlighting marks, so
 * a passage found holding a phrase is also a passage where it is marked. No passage text is read.
 */
import type { WordOccurrences, WordPositions } from './word-positions'

export class PhraseFinder {
  private readonly lists: (WordOccurrences | null)[]
  /** Where the last lookup stood in each word's paragraphs: lookups mostly come in reading order. */
  private readonly cursors: Int32Array
  private readonly slices: Int32Array

  constructor(
    positions: WordPositions,
    private readonly words: readonly string[]
  ) {
    this.lists = words.map((word) => positions.get(word))
    this.cursors = new Int32Array(words.length)
    this.slices = new Int32Array(words.length)
    this.impossible = words.length === 0 || this.lists.some((list) => list === null)
  }

  /** No paragraph can hold the phrase (a word that stands nowhere, or no words). */
  readonly impossible: boolean

  /** The paragraph ordinals holding every word, from the rarest word's list. */
  private candidates(): Int32Array {
    let rarest = this.lists[0]!
    for (const list of this.lists) if (list!.ordinals.length < rarest.ordinals.length) rarest = list!
    return rarest.ordinals
  }

  /**
   * Index of `ordinal` in a word's paragraphs, or -1. Galloping from where the last lookup stood: a
   * step or two in reading order, a few dozen comparisons for a jump across a list of thousands.
   */
  private locate(k: number, ordinal: number): number {
    const ordinals = this.lists[k]!.ordinals
    let low = this.cursors[k]!
    if (low >= ordinals.length || ordinals[low]! > ordinal) low = 0
    let step = 1
    let high = low
    while (high < ordinals.length && ordinals[high]! < ordinal) {
      low = high + 1
      high += step
      step *= 2
    }
    high = Math.min(high, ordinals.length)
    while (low < high) {
      const mid = (low + high) >>> 1
      if (ordinals[mid]! < ordinal) low = mid + 1
      else high = mid
    }
    this.cursors[k] = low
    return ordinals[low] === ordinal ? low : -1
  }

  /** Where the last scan found the phrase first (a position), when it found it. */
  private first = -1

  /** How many times the phrase stands in one paragraph, at most `limit`. */
  countIn(ordinal: number, limit = Infinity): number {
    return this.scan(ordinal, limit)
  }

  /** The position of the phrase's first word where it first stands in a paragraph, or -1. */
  firstIn(ordinal: number): number {
    return this.scan(ordinal, 1) > 0 ? this.first : -1
  }

  /**
   * How many positions the phrase starts at in a paragraph, at most `limit`; the first is kept in
   * `first`. No callback: this runs for every candidate paragraph of a phrase.
   */
  private scan(ordinal: number, limit: number): number {
    if (this.impossible) return 0
    const n = this.words.length
    for (let k = 0; k < n; k++) {
      const at = this.locate(k, ordinal)
      if (at < 0) return 0
      this.slices[k] = this.lists[k]!.starts[at]!
    }
    const first = this.lists[0]!
    const end0 = first.starts[this.cursors[0]! + 1]!
    let count = 0
    starts: for (let i = this.slices[0]!; i < end0; i++) {
      const start = first.positions[i]!
      for (let k = 1; k < n; k++) {
        const { positions, starts } = this.lists[k]!
        const end = starts[this.cursors[k]! + 1]!
        let j = this.slices[k]!
        while (j < end && positions[j]! < start + k) j++
        this.slices[k] = j
        if (j === end) return count
        if (positions[j] !== start + k) continue starts
      }
      if (count === 0) this.first = start
      if (++count >= limit) return count
    }
    return count
  }

  /** Every paragraph holding the phrase, ascending, with how many times (each at most `limit`). */
  all(limit = Infinity): { ordinals: number[]; counts: number[] } {
    const ordinals: number[] = []
    const counts: number[] = []
    if (this.impossible) return { ordinals, counts }
    const candidates = this.candidates()
    for (let i = 0; i < candidates.length; i++) {
      const count = this.countIn(candidates[i]!, limit)
      if (count > 0) {
        ordinals.push(candidates[i]!)
        counts.push(count)
      }
    }
    return { ordinals, counts }
  }

  /** Whether one paragraph holds the phrase. */
  holdsIn(ordinal: number): boolean {
    return this.countIn(ordinal, 1) > 0
  }
}
