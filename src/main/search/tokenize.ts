/**
 * One tokenizer for indexing, querying and highlighting, so a word that is found is also the word
 * that gets marked. Unicode-aware: Lunr's default trimmer drops Cyrillic and other non-ASCII words.
 */
import { languageOf } from './language'

export interface WordToken {
  /** The word as written, for display. */
  readonly word: string
  /** Lower-cased, possessive and apostrophes removed: the form looked up in the vocabulary. */
  readonly normalized: string
  readonly start: number
  readonly end: number
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu

const NON_ASCII = /[^\x00-\x7f]/u
const APOSTROPHE = /['’]/u

/** Hot (every token of every highlighted paragraph), so the common ASCII, apostrophe-free case is cheap. */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase()
  const composed = NON_ASCII.test(lower) ? lower.normalize('NFC') : lower
  return APOSTROPHE.test(composed) ? composed.replace(/['’]s$/u, '').replace(/['’]/gu, '') : composed
}

export function tokenize(text: string): WordToken[] {
  const tokens: WordToken[] = []
  // exec on one shared regex, not matchAll: no iterator and no copy of the regex per call (hot path).
  WORD.lastIndex = 0
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const word = match[0]
    tokens.push({ word, normalized: normalizeWord(word), start: match.index, end: match.index + word.length })
  }
  return tokens
}

const termCache = new Map<string, Map<string, string | null>>()
/** Stemming is the costliest step of highlighting; every edition repeats the same few thousand words. */
const MAX_CACHED_TERMS = 200_000

/** The term a normalized word is indexed under, or null for a stop word (never indexed). */
export function indexTermOf(normalized: string, language: string): string | null {
  let cache = termCache.get(language)
  if (!cache) termCache.set(language, (cache = new Map()))
  let term = cache.get(normalized)
  if (term === undefined) {
    const rules = languageOf(language)
    term = rules.isStopWord(normalized) ? null : rules.stem(normalized)
    if (cache.size >= MAX_CACHED_TERMS) cache.clear()
    cache.set(normalized, term)
  }
  return term
}
