/**
 * Turns what a person types into clauses. Lunr's string syntax is never handed to Lunr's parser (it
 * throws QueryParseError on `title:`, `~`, `foo^`, a lone `+`, …), so no input can throw. Its operators
 * mean what a reader would guess: `word*` is a prefix, `+word` is a word (words are required anyway),
 * `~2` and `^3` suffixes are dropped, and `field:` is just a separator.
 */
import { MAX_QUERY_CHARS } from '../../shared/search'
import { tokenize } from './tokenize'

export interface WordClause {
  readonly kind: 'word'
  readonly normalized: string
  /** The last word while typing, or `word*`: also matches as an unstemmed prefix. */
  readonly prefix: boolean
}

export interface PhraseClause {
  readonly kind: 'phrase'
  readonly words: readonly string[]
}

export type Clause = WordClause | PhraseClause

export interface ParsedQuery {
  readonly required: readonly Clause[]
  readonly excluded: readonly Clause[]
}

/** Bounds the work one query can cause, whatever is pasted into the box. */
export const MAX_CLAUSES = 12
export { MAX_QUERY_CHARS }
export const MAX_PHRASE_WORDS = 16

const PIECE = /(-?)"([^"]*)"?|(-?)([^\s"]+)/gu

function clausesOf(words: readonly string[], prefixLast: boolean): Clause[] {
  if (words.length > 1) return [{ kind: 'phrase', words: words.slice(0, MAX_PHRASE_WORDS) }]
  return words.map((normalized) => ({ kind: 'word', normalized, prefix: prefixLast }))
}

export function parseQuery(input: string): ParsedQuery {
  const text = input.slice(0, MAX_QUERY_CHARS)
  const required: Clause[] = []
  const excluded: Clause[] = []
  for (const match of text.matchAll(PIECE)) {
    const [whole, phraseMinus, phraseBody, wordMinus, wordBody] = match
    const endsInput = match.index + whole.length === text.length
    if (phraseBody !== undefined) {
      const target = phraseMinus ? excluded : required
      target.push(
        ...clausesOf(
          tokenize(phraseBody).map((t) => t.normalized),
          false
        )
      )
      continue
    }
    // `title:nuclear` → nuclear (a Lunr field name is not a word the reader is looking for).
    const raw = (wordBody ?? '').replace(/^\p{L}+:(?=\S)/u, '').replace(/[~^]\d*/gu, ' ')
    const words = tokenize(raw).map((t) => t.normalized)
    if (wordMinus) {
      excluded.push(...words.flatMap((word) => clausesOf([word], false)))
      continue
    }
    const starred = /\*\s*$/u.test(raw)
    words.forEach((word, i) => {
      const last = i === words.length - 1
      const prefix = last && (starred || (endsInput && /[\p{L}\p{N}]$/u.test(raw)))
      required.push({ kind: 'word', normalized: word, prefix })
    })
  }
  return { required: required.slice(0, MAX_CLAUSES), excluded: excluded.slice(0, MAX_CLAUSES) }
}
