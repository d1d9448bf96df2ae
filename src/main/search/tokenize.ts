/**
 * One tokenizer for indexing, querying and highlighting, so a word that is found is also the word
 * that gets marked. Unicode-aware: Lunr's default trimmer drops Cyrillic and other non-ASCII words.
 */
import lunr from 'lunr'

export interface WordToken {
  /** The word as written, for display. */
  readonly word: string
  /** Lower-cased, possessive and apostrophes removed: the form looked up in the vocabulary. */
  readonly normalized: string
  readonly start: number
  readonly end: number
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu

export function normalizeWord(word: string): string {
  return word
    .toLocaleLowerCase('en')
    .normalize('NFC')
    .replace(/['’]s$/u, '')
    .replace(/['’]/gu, '')
}

export function tokenize(text: string): WordToken[] {
  const tokens: WordToken[] = []
  for (const match of text.matchAll(WORD)) {
    const start = match.index
    tokens.push({ word: match[0], normalized: normalizeWord(match[0]), start, end: start + match[0].length })
  }
  return tokens
}

/** The term a normalized word is indexed under, or null for a stop word (never indexed). */
export function indexTermOf(normalized: string, language: string): string | null {
  if (language === 'en') {
    if (!lunr.stopWordFilter(new lunr.Token(normalized, {}))) return null
    return lunr.stemmer(new lunr.Token(normalized, {})).toString()
  }
  return normalized
}
