/**
 * Turns what a person types into clauses. Lunr's own syntax (`field:`, `~`, `^`, `*`, `+`) is never
 * passed to Lunr's parser, so no input can throw a QueryParseError; such characters are just separators.
 */
import { tokenize } from './tokenize'

export interface WordClause {
  readonly kind: 'word'
  readonly normalized: string
  /** The last word while typing: also matches as an unstemmed prefix. */
  readonly prefix: boolean
}

export interface PhraseClause {
  readonly kind: 'phrase'
  readonly words: readonly string[]
}

export type Clause = WordClause | PhraseClause

export interface ParsedQuery {
  readonly required: readonly Clause[]
  readonly excluded: readonly string[]
}

/** Bounds the work one query can cause, whatever is pasted into the box. */
export const MAX_CLAUSES = 12

export function parseQuery(input: string): ParsedQuery {
  const required: Clause[] = []
  const excluded: string[] = []
  const pattern = /(-?)"([^"]*)("?)|(-?)([^\s"]+)/gu
  let lastWordEndsInput = false
  for (const match of input.matchAll(pattern)) {
    const [whole, phraseMinus, phraseBody, , wordMinus, wordBody] = match
    const endsInput = match.index + whole.length === input.length
    if (phraseBody !== undefined) {
      const words = tokenize(phraseBody).map((t) => t.normalized)
      if (phraseMinus) excluded.push(...words.slice(0, 1))
      else if (words.length === 1) required.push({ kind: 'word', normalized: words[0]!, prefix: false })
      else if (words.length > 1) required.push({ kind: 'phrase', words })
      lastWordEndsInput = false
      continue
    }
    const words = tokenize(wordBody ?? '').map((t) => t.normalized)
    if (wordMinus) {
      excluded.push(...words)
      continue
    }
    for (const normalized of words) required.push({ kind: 'word', normalized, prefix: false })
    lastWordEndsInput = endsInput && words.length > 0
  }
  const last = required.at(-1)
  if (lastWordEndsInput && last?.kind === 'word') required[required.length - 1] = { ...last, prefix: true }
  return { required: required.slice(0, MAX_CLAUSES), excluded: excluded.slice(0, MAX_CLAUSES) }
}
