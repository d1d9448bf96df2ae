/**
 * Where each word stands: for every normalized word of the texts (stop words included), the paragraphs
 * holding it and its positions (token indices, tokenize.ts) in each. Written at build time to
 * search-positions.txt, one record per word in `words` order, so phrases, proximity and occurrence
 * counts come from postings instead of rescanning passage text (a phrase of common words such as
 * "the American people" was a scan of thousands of passages). The file is kept as bytes and a word's
 * record is decoded the first time a query needs it (a JSON table of it cost ~40 ms to parse on SOTU).
 * A record is number-text.ts numbers: per paragraph, the ordinal's gap from the previous one, the
 * count less one, the first position and the gaps between the next ones.
 */
import { decodeNumbers, encodeNumbers } from './number-text'
import { tokenize } from './tokenize'

export interface WordOccurrences {
  /** Paragraph ordinals, ascending. */
  readonly ordinals: Int32Array
  /** Positions of paragraph i are positions[starts[i]] … positions[starts[i + 1] - 1], ascending. */
  readonly starts: Int32Array
  readonly positions: Int32Array
}

export interface EncodedPositions {
  /** Every normalized word, sorted (JavaScript string order). */
  readonly words: string[]
  /** Each word's record length in bytes, as number-text.ts text. */
  readonly lengths: string
  /** The records, in `words` order (ASCII). */
  readonly records: string
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Build time (and tests): the records of a list of texts. */
export function encodeWordPositions(texts: readonly string[]): EncodedPositions {
  const numbers = new Map<string, number[]>()
  const last = new Map<string, { ordinal: number; position: number; countAt: number }>()
  texts.forEach((text, ordinal) => {
    tokenize(text).forEach((token, position) => {
      let list = numbers.get(token.normalized)
      if (!list) numbers.set(token.normalized, (list = []))
      const before = last.get(token.normalized)
      if (before?.ordinal === ordinal) {
        list[before.countAt]!++
        list.push(position - before.position)
        before.position = position
        return
      }
      list.push(ordinal - (before?.ordinal ?? 0), 0, position)
      last.set(token.normalized, { ordinal, position, countAt: list.length - 2 })
    })
  })
  const words = [...numbers.keys()].sort(byString)
  const records = words.map((word) => encodeNumbers(numbers.get(word)!))
  return { words, lengths: encodeNumbers(records.map((record) => record.length)), records: records.join('') }
}

function decodeRecord(record: string): WordOccurrences {
  const numbers = decodeNumbers(record)
  const ordinals: number[] = []
  const starts: number[] = [0]
  const positions = new Int32Array(numbers.length)
  let count = 0
  let ordinal = 0
  for (let i = 0; i < numbers.length;) {
    ordinal += numbers[i]!
    const times = numbers[i + 1]! + 1
    let position = 0
    for (let k = 0; k < times; k++) {
      position = k === 0 ? numbers[i + 2]! : position + numbers[i + 2 + k]!
      positions[count++] = position
    }
    ordinals.push(ordinal)
    starts.push(count)
    i += 2 + times
  }
  return {
    ordinals: Int32Array.from(ordinals),
    starts: Int32Array.from(starts),
    positions: positions.subarray(0, count)
  }
}

export class WordPositions {
  private readonly decoded = new Map<string, WordOccurrences | null>()

  private constructor(
    private readonly words: readonly string[],
    /** Byte offset of each record, plus the end of the last. */
    private readonly offsets: Int32Array,
    private readonly records: Buffer
  ) {}

  /** The positions, or null when the records cannot be the words' (sizes that do not add up). */
  static of(words: readonly string[], lengths: string, records: Buffer): WordPositions | null {
    const sizes = decodeNumbers(lengths)
    if (sizes.length !== words.length) return null
    const offsets = new Int32Array(words.length + 1)
    for (let i = 0; i < sizes.length; i++) offsets[i + 1] = offsets[i]! + sizes[i]!
    return offsets[words.length] === records.length ? new WordPositions(words, offsets, records) : null
  }

  /** Straight from texts (in-memory services: tests, the benchmark's build step, the editors' notes). */
  static fromTexts(texts: readonly string[]): WordPositions {
    const { words, lengths, records } = encodeWordPositions(texts)
    return WordPositions.of(words, lengths, Buffer.from(records, 'latin1'))!
  }

  /** Where a normalized word stands, or null when no text holds it. */
  get(word: string): WordOccurrences | null {
    let found = this.decoded.get(word)
    if (found === undefined) {
      const at = this.indexOf(word)
      found =
        at < 0
          ? null
          : decodeRecord(this.records.toString('latin1', this.offsets[at]!, this.offsets[at + 1]!))
      this.decoded.set(word, found)
    }
    return found
  }

  private indexOf(word: string): number {
    let low = 0
    let high = this.words.length
    while (low < high) {
      const mid = (low + high) >>> 1
      if (this.words[mid]! < word) low = mid + 1
      else high = mid
    }
    return this.words[low] === word ? low : -1
  }
}
