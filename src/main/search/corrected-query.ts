/**
 * The query as the reader typed it, with each misspelled word replaced by the word it was read as, in
 * the reader's own casing ("Axis of Evel" → "Axis of Evil"). Words are found by their folded form in
 * the query's own tokens, so an apostrophe or an accent in what was typed cannot hide them.
 */
import { tokenize } from './tokenize'

export interface Correction {
  /** The folded word as typed. */
  readonly typed: string
  /** The edition's word it was read as (folded, as the vocabulary holds it). */
  readonly word: string
}

function inCaseOf(typed: string, word: string): string {
  const letters = typed.replace(/[^\p{L}]/gu, '')
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase())
    return word.toUpperCase()
  const first = typed.charAt(0)
  if (first !== first.toLowerCase()) return word.charAt(0).toUpperCase() + word.slice(1)
  return word
}

/** The corrected query, or null when it would read as the query itself. */
export function correctedQuery(query: string, corrections: readonly Correction[]): string | null {
  const tokens = tokenize(query)
  const replaced = new Set<number>()
  const edits: { start: number; end: number; text: string }[] = []
  for (const { typed, word } of corrections) {
    const at = tokens.findIndex((token, i) => !replaced.has(i) && token.normalized === typed)
    if (at < 0) continue
    replaced.add(at)
    const token = tokens[at]!
    edits.push({ start: token.start, end: token.end, text: inCaseOf(token.word, word) })
  }
  let text = query
  for (const edit of edits.sort((a, b) => b.start - a.start))
    text = text.slice(0, edit.start) + edit.text + text.slice(edit.end)
  const same = (a: string, b: string): boolean =>
    tokenize(a)
      .map((t) => t.normalized)
      .join(' ') ===
    tokenize(b)
      .map((t) => t.normalized)
      .join(' ')
  return edits.length === 0 || same(text, query) ? null : text
}
