/**
 * Lunr has no phrase search (lunr issue #62): a phrase is looked up as all of its terms, then kept only
 * where the words stand next to each other. That check runs on many passages (and proximity runs a
 * few per passage), so it is a plain scan: indexOf finds the first word, and the rest is compared
 * character by character. A regular expression per query cost ~1–10 ms to compile (case-insensitive
 * Unicode classes), more than the search itself. It mirrors tokenize.ts: case is ignored (non-ASCII
 * text is folded, so "cafe" finds "Café"), a word may carry apostrophes inside ("dont" matches "don't",
 * unless the first word starts so) and a possessive `'s`, and words are separated by anything that is
 * not a letter or digit. The first word is found in lower case, capitalised or in capitals.
 */
import { foldText } from './tokenize'

// No u flag: a negated class under /u scans ~7x slower, and this runs over whole passages.
const NON_ASCII = /[^\x00-\x7f]/
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u

function isWordChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  if (Number.isNaN(code)) return false
  if (code < 0x80)
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a)
  // A surrogate pair is one letter (or not) as a whole.
  const high = code >= 0xdc00 && code <= 0xdfff && at > 0 ? at - 1 : at
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(high) ?? 0))
}

const isApostrophe = (text: string, at: number): boolean => text[at] === "'" || text[at] === '’'

/**
 * The form of a text the phrase scan runs on: ASCII text as is (compared without case, so no copy of
 * every passage is made), any other text folded.
 */
export const phraseText = (text: string): string => (NON_ASCII.test(text) ? foldText(text) : text)

/** The character at `at`, lower-cased if it is an ASCII capital (words are lower-case already). */
function lowerAt(text: string, at: number): string | undefined {
  const code = text.charCodeAt(at)
  return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : text[at]
}

/** Where `word` ends if it is written at `at` (inner apostrophes allowed), else -1. */
function wordEnd(text: string, at: number, word: string): number {
  let i = at
  for (let j = 0; j < word.length; j++, i++) {
    if (j > 0 && isApostrophe(text, i) && lowerAt(text, i + 1) === word[j]) i++
    if (lowerAt(text, i) !== word[j]) return -1
  }
  return i
}

/** Past a possessive 's, if there is one, at `at`. */
const afterPossessive = (text: string, at: number): number =>
  isApostrophe(text, at) && lowerAt(text, at + 1) === 's' && !isWordChar(text, at + 2) ? at + 2 : at

function phraseAt(text: string, at: number, words: readonly string[]): boolean {
  if (isWordChar(text, at - 1) || (isApostrophe(text, at - 1) && isWordChar(text, at - 2))) return false
  let i = at
  for (let w = 0; w < words.length; w++) {
    if (w > 0) {
      const gap = i
      while (i < text.length && !isWordChar(text, i)) i++
      if (i === gap) return false
    }
    i = wordEnd(text, i, words[w]!)
    if (i < 0) return false
    i = afterPossessive(text, i)
  }
  return !isWordChar(text, i) && !(isApostrophe(text, i) && isWordChar(text, i + 1))
}

const forms = new WeakMap<readonly string[], readonly string[]>()
/** The first word as written in lower case, capitalised or in capitals (ASCII text is not lower-cased). */
function formsOf(words: readonly string[]): readonly string[] {
  let found = forms.get(words)
  if (!found) {
    const first = words[0] ?? ''
    found = [...new Set([first, first.charAt(0).toUpperCase() + first.slice(1), first.toUpperCase()])]
    forms.set(words, found)
  }
  return found
}

/** Whether a text already in phraseText form holds the words as a phrase. */
export function holdsPhrase(text: string, words: readonly string[]): boolean {
  const first = words[0]
  if (!first) return false
  for (const form of formsOf(words))
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1))
      if (phraseAt(text, at, words)) return true
  return false
}

/** Whether a text holds the phrase. */
export function phraseTester(words: readonly string[]): (text: string) => boolean {
  return (text) => holdsPhrase(phraseText(text), words)
}

/** How many times the phrase stands in a text already in phraseText form (at most `limit`). */
export function countPhrase(text: string, words: readonly string[], limit: number): number {
  const first = words[0]
  if (!first) return 0
  const starts = new Set<number>()
  for (const form of formsOf(words))
    for (let at = text.indexOf(form); at >= 0 && starts.size < limit; at = text.indexOf(form, at + 1))
      if (phraseAt(text, at, words)) starts.add(at)
  return starts.size
}
