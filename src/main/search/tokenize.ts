/**
 * One tokenizer for indexing, querying and highlighting, so a word that is found is also the word
 * that gets marked. Unicode-aware: Lunr's default trimmer drops Cyrillic and other non-ASCII words.
 */
import { languageOf } from './language'

export interface WordToken {
  /** The word as written, for display. */
  readonly word: string
  /** Case- and accent-folded (foldText), possessive and apostrophes removed: the vocabulary's form. */
  readonly normalized: string
  readonly start: number
  readonly end: number
}

// Marks (\p{M}) belong to their letter: a decomposed й or é is one letter, not a word break.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu

// No u flag: a negated class under /u scans ~7x slower, and this runs over whole passages.
const NON_ASCII = /[^\x00-\x7f]/
const APOSTROPHE = /['’]/u
/** A Latin letter's accents, once decomposed (NFD): "é" is "e" + U+0301. */
const LATIN_MARKS = /(\p{Script=Latin})\p{M}+/gu
/** Russian ё is written е in most printed text; Turkish dotless ı is searched as i. */
const CYRILLIC_YO = /\u0435\u0308/gu
const DOTLESS_I = /\u0131/gu

/**
 * Case and accent folding, for matching only (highlights keep the offsets of the text as written).
 * Accents are dropped from Latin letters only: in Cyrillic a mark makes another letter (й is not и),
 * except ё, which matches е. Kazakh ә ғ қ ң ө ұ ү һ і are letters of their own and have no
 * decomposition, so they stay distinct from а г к н о у у х и. Turkish İ lower-cases to i + U+0307,
 * which the Latin rule folds to plain i, so "İstanbul" finds "Istanbul".
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase()
  if (!NON_ASCII.test(lower)) return lower
  return lower
    .normalize('NFD')
    .replace(LATIN_MARKS, '$1')
    .replace(CYRILLIC_YO, '\u0435')
    .replace(DOTLESS_I, 'i')
    .normalize('NFC')
}

/** Hot (every token of every highlighted paragraph), so the common ASCII, apostrophe-free case is cheap. */
export function normalizeWord(word: string): string {
  const folded = foldText(word)
  return APOSTROPHE.test(folded) ? folded.replace(/['’]s$/u, '').replace(/['’]/gu, '') : folded
}

/** WORD on text without a non-ASCII character: \p{L} is A–Z, \p{N} is 0–9, no marks, no ’. No u flag. */
const ASCII_WORD = /[A-Za-z0-9]+(?:'[A-Za-z0-9]+)*/g

/**
 * Most passages of English text are ASCII: the same words found without Unicode classes (~2x faster),
 * folded by lower-casing.
 */
function tokenizeAscii(text: string, end: number, from: number, most: number): WordToken[] {
  const tokens: WordToken[] = []
  ASCII_WORD.lastIndex = from
  for (
    let match = ASCII_WORD.exec(text);
    match && match.index < end && tokens.length < most;
    match = ASCII_WORD.exec(text)
  ) {
    const word = match[0]
    let normalized = word.toLowerCase()
    if (normalized.includes("'")) normalized = normalized.replace(/'s$/u, '').replace(/'/gu, '')
    tokens.push({ word, normalized, start: match.index, end: match.index + word.length })
  }
  return tokens
}

/** A bounded tokenization reads this far past `end`, for the word that starts before it. */
const LOOKAHEAD = 1000

/**
 * The words of a text; with `end`, only those starting before it (bounds work on a huge paragraph);
 * with `from` (a word's start, or 0) and `most`, at most that many from there (a snippet's window).
 */
export function tokenize(
  text: string,
  end = Infinity,
  from = 0,
  most = Infinity,
  /** Whether the text is all ASCII, when the caller knows (a passage's UTF-8 length is its length). */
  ascii?: boolean
): WordToken[] {
  if (ascii === true) return tokenizeAscii(text, end, from, most)
  if (ascii === false) return tokenizeScanning(text, end, from, most)
  const window = text.length > end + LOOKAHEAD ? text.slice(0, end + LOOKAHEAD) : text
  if (!NON_ASCII.test(window)) {
    const tokens = tokenizeAscii(window, end, from, most)
    const last = tokens.at(-1)
    // A cut window is only trusted when its last word (and an apostrophe after it) ends inside it.
    if (window === text || !last || last.end < window.length - 1) return tokens
  }
  return tokenizeScanning(text, end, from, most)
}

const isAsciiWordChar = (code: number): boolean =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u
const MARK = /^\p{M}$/u
/** What a character is to WORD (0: not known yet). */
const UNKNOWN = 0
const LETTER_OR_DIGIT = 1
const MARK_CLASS = 2
const OTHER = 3
/** Each BMP character's class, found once by the Unicode patterns and kept. */
const CLASSES = new Uint8Array(0x10000)

function classOf(codePoint: number): number {
  if (codePoint < 0x80) return isAsciiWordChar(codePoint) ? LETTER_OR_DIGIT : OTHER
  const known = codePoint < 0x10000 ? CLASSES[codePoint]! : UNKNOWN
  if (known !== UNKNOWN) return known
  const char = String.fromCodePoint(codePoint)
  const found = LETTER_OR_NUMBER.test(char) ? LETTER_OR_DIGIT : MARK.test(char) ? MARK_CLASS : OTHER
  if (codePoint < 0x10000) CLASSES[codePoint] = found
  return found
}

/**
 * WORD, scanned by hand: the regular expression's Unicode classes made every passage with one accented
 * letter or dash several times slower to tokenize than an ASCII one. The same words (a test holds the
 * two to it): a letter or digit, then letters, digits and marks, and apostrophes between letters.
 */
function tokenizeScanning(text: string, end: number, from: number, most: number): WordToken[] {
  const tokens: WordToken[] = []
  const length = text.length
  let i = from
  while (i < length && tokens.length < most) {
    const first = text.codePointAt(i)!
    if (classOf(first) !== LETTER_OR_DIGIT) {
      i += first > 0xffff ? 2 : 1
      continue
    }
    const start = i
    if (start >= end) break
    i += first > 0xffff ? 2 : 1
    for (;;) {
      while (i < length) {
        const next = text.codePointAt(i)!
        if (classOf(next) === OTHER) break
        i += next > 0xffff ? 2 : 1
      }
      const quote = text.charCodeAt(i)
      if ((quote === 0x27 || quote === 0x2019) && i + 1 < length) {
        const after = text.codePointAt(i + 1)!
        if (classOf(after) === LETTER_OR_DIGIT) {
          i += after > 0xffff ? 3 : 2
          continue
        }
      }
      break
    }
    const word = text.slice(start, i)
    tokens.push({ word, normalized: normalizeWord(word), start, end: i })
  }
  return tokens
}

/** Any text, by the WORD pattern: what the scanners must agree with (their tests compare them to it). */
export function tokenizeUnicode(text: string, end = Infinity, from = 0, most = Infinity): WordToken[] {
  const tokens: WordToken[] = []
  // exec on one shared regex, not matchAll: no iterator and no copy of the regex per call (hot path).
  WORD.lastIndex = from
  for (
    let match = WORD.exec(text);
    match && match.index < end && tokens.length < most;
    match = WORD.exec(text)
  ) {
    const word = match[0]
    tokens.push({ word, normalized: normalizeWord(word), start: match.index, end: match.index + word.length })
  }
  return tokens
}

/**
 * Where the word at `index` (counted as tokenize counts) starts, without building the words before it:
 * a snippet's window starts there. -1 when it does not start before `end` (or there is no such word).
 */
export function wordStart(text: string, index: number, end = Infinity, ascii?: boolean): number {
  if (
    ascii === false ||
    (ascii === undefined && NON_ASCII.test(text.length > end ? text.slice(0, end) : text))
  )
    return tokenizeScanning(text, end, 0, index + 1)[index]?.start ?? -1
  let count = 0
  for (let i = 0; i < text.length && i < end;) {
    if (!isAsciiWordChar(text.charCodeAt(i))) {
      i++
      continue
    }
    if (count++ === index) return i
    for (;;) {
      while (i < text.length && isAsciiWordChar(text.charCodeAt(i))) i++
      if (text.charCodeAt(i) === 0x27 && isAsciiWordChar(text.charCodeAt(i + 1))) i++
      else break
    }
  }
  return -1
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
