/**
 * The editors split the article into chapters; they must not change it. Every sentence of the source
 * must appear exactly once, in the original order. Whitespace is normalised; nothing else is.
 */
import { ContentError } from './content-error'

export interface SourceParts {
  readonly title: string
  readonly body: string
  readonly byline: string
}

export interface LocatedSentence {
  readonly sentence: string
  /** The chapter file the sentence was found in. */
  readonly file: string
}

const normalizeSpace = (text: string): string => text.replace(/\s+/gu, ' ').trim()

/** Split after . ! ? (and any closing quote or bracket) when a capital or opening quote follows. */
export function splitSentences(text: string): string[] {
  return normalizeSpace(text)
    .split(/(?<=[.!?][”’"')\]]*)\s+(?=[\p{Lu}\p{N}“‘"(])/u)
    .filter((sentence) => sentence !== '')
}

/** Title, body and byline of a source file, with the declared web-page furniture removed from its end. */
export function splitSource(file: string, raw: string, furniture: readonly string[]): SourceParts {
  const lines = raw
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '')
  for (const expected of [...furniture].reverse()) {
    const last = lines.pop()
    if (last !== expected)
      throw new ContentError(
        file,
        `expected the page furniture line "${expected}" at the end, found "${last ?? ''}"`
      )
  }
  if (lines.length < 3) throw new ContentError(file, 'needs a title line, the article and a byline line')
  return { title: lines[0]!, byline: lines.at(-1)!, body: lines.slice(1, -1).join('\n') }
}

const preview = (sentence: string): string =>
  sentence.length > 90 ? `${sentence.slice(0, 87)}...` : sentence

/** Throws a ContentError naming the first sentence that is missing, repeated, altered or out of order. */
export function checkVerbatim(
  sourceFile: string,
  source: string,
  chapters: readonly LocatedSentence[]
): void {
  const expected = splitSentences(source)
  const counts = new Map<string, number>()
  for (const sentence of expected) counts.set(sentence, (counts.get(sentence) ?? 0) + 1)
  const seen = new Map<string, number>()
  for (const { sentence, file } of chapters) {
    const allowed = counts.get(sentence)
    if (allowed === undefined)
      throw new ContentError(
        file,
        `sentence not in ${sourceFile} (altered or added?): "${preview(sentence)}"`
      )
    const times = (seen.get(sentence) ?? 0) + 1
    if (times > allowed) throw new ContentError(file, `sentence repeated: "${preview(sentence)}"`)
    seen.set(sentence, times)
  }
  for (const sentence of expected) {
    if ((seen.get(sentence) ?? 0) < (counts.get(sentence) ?? 0))
      throw new ContentError(sourceFile, `sentence missing from the chapters: "${preview(sentence)}"`)
  }
  const position = chapters.findIndex(({ sentence }, i) => sentence !== expected[i])
  if (position >= 0) {
    const found = chapters[position]!
    throw new ContentError(
      found.file,
      `sentence out of order: "${preview(found.sentence)}" stands where ${sourceFile} has "${preview(expected[position]!)}"`
    )
  }
}
