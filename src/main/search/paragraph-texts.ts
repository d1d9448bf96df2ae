/**
 * The paragraphs' plain texts as search loads them: one UTF-8 file, texts in reading order separated by
 * U+001E (record separator), kept as bytes and decoded one paragraph at a time when a query needs it
 * (snippets, phrase checks, highlights). Parsing them out of JSON cost ~75 ms for SOTU's 10 MB of text,
 * a third of the load budget. Each text's length in bytes is stored in search.json, so loading never
 * touches the 10 MB: the lengths must add up to the file's size, and the separator that ends each text
 * is checked when the text is read. (Checking all 13k at load cost ~20 ms, nearly all of it the first
 * touch of each page of a fresh buffer.)
 */
export const TEXT_SEPARATOR = '\u001e'
const SEPARATOR_BYTE = 0x1e

/** What the search modules need from the texts: a plain array satisfies it too. */
export interface Texts {
  readonly length: number
  at(ordinal: number): string | undefined
}

/** Build time: the file's content. A separator inside a text would shift every later paragraph. */
export function encodeParagraphTexts(texts: readonly string[]): string {
  const bad = texts.findIndex((text) => text.includes(TEXT_SEPARATOR))
  if (bad >= 0) throw new Error(`paragraph ${bad} contains U+001E, which separates the search texts`)
  return texts.join(TEXT_SEPARATOR)
}

export class ParagraphTexts implements Texts {
  /** Byte offset of each text's start, plus one past the end of the last. */
  private constructor(
    private readonly bytes: Buffer,
    private readonly starts: Int32Array
  ) {}

  /** The texts, or null when the bytes cannot hold texts of exactly these lengths. */
  static of(bytes: Buffer, lengths: readonly number[]): ParagraphTexts | null {
    const starts = new Int32Array(lengths.length + 1)
    for (let i = 0; i < lengths.length; i++) starts[i + 1] = starts[i]! + lengths[i]! + 1
    // n texts joined by n - 1 separators.
    const size = lengths.length === 0 ? 0 : starts[lengths.length]! - 1
    return size === bytes.length ? new ParagraphTexts(bytes, starts) : null
  }

  get length(): number {
    return this.starts.length - 1
  }

  at(ordinal: number): string | undefined {
    if (!Number.isInteger(ordinal) || ordinal < 0 || ordinal >= this.length) return undefined
    const end = this.starts[ordinal + 1]! - 1
    if (end < this.bytes.length && this.bytes[end] !== SEPARATOR_BYTE)
      throw new Error('The search texts are damaged: a passage does not end where search.json says.')
    return this.bytes.toString('utf8', this.starts[ordinal]!, end)
  }
}
