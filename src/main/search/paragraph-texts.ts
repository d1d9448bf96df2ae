/**
 * The paragraphs' plain texts as search loads them: one UTF-8 file, texts in reading order separated by
 * U+001E (record separator), kept as bytes and decoded one paragraph at a time when a query needs it
 * (snippets, phrase checks, highlights). Parsing them out of JSON cost ~75 ms for SOTU's 10 MB of text,
 * a third of the load budget. Each text's length in bytes is stored in search.json, because searching
 * the bytes for 13k separators took ~20 ms; the separators stay, so a damaged or mismatched file is
 * caught by checking that one stands at every boundary.
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

/** Build time: each text's UTF-8 length, base 36, space-separated (search.json's `textBytes`). */
export const encodeTextLengths = (texts: readonly string[]): string =>
  texts.map((text) => Buffer.byteLength(text).toString(36)).join(' ')

export class ParagraphTexts implements Texts {
  /** Byte offset of each text's start, plus one past the end of the last. */
  private constructor(
    private readonly bytes: Buffer,
    private readonly starts: Int32Array
  ) {}

  /** The texts, or null when the bytes do not hold texts of exactly these lengths. */
  static of(bytes: Buffer, encodedLengths: string): ParagraphTexts | null {
    const lengths = encodedLengths === '' ? [] : encodedLengths.split(' ')
    const starts = new Int32Array(lengths.length + 1)
    for (let i = 0; i < lengths.length; i++) {
      const length = parseInt(lengths[i]!, 36)
      if (!(length >= 0)) return null
      starts[i + 1] = starts[i]! + length + 1
      const boundary = starts[i + 1]! - 1
      if (i < lengths.length - 1 ? bytes[boundary] !== SEPARATOR_BYTE : boundary !== bytes.length) return null
    }
    return new ParagraphTexts(bytes, starts)
  }

  get length(): number {
    return this.starts.length - 1
  }

  at(ordinal: number): string | undefined {
    if (!Number.isInteger(ordinal) || ordinal < 0 || ordinal >= this.length) return undefined
    return this.bytes.toString('utf8', this.starts[ordinal]!, this.starts[ordinal + 1]! - 1)
  }
}
