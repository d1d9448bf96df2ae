/**
 * Lunr has no phrase search (lunr issue #62): a phrase is looked up as all of its terms, then kept only
 * where the words stand next to each other. That check runs on many passages for a common phrase, so it
 * is one precompiled regular expression rather than a tokenization of every candidate. It mirrors
 * tokenize.ts: a word may carry apostrophes inside and a possessive `'s`, and words are separated by
 * anything that is not a letter or digit. The words are folded (tokenize.ts), so the pattern is tried on
 * the folded text: "cafe" finds "Café", "елка" finds "ёлка".
 */
import { foldText } from './tokenize'

const APOSTROPHE = "['’]"
const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}]'

const escape = (char: string): string => char.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')

function wordPattern(word: string): string {
  return `${[...word].map(escape).join(`${APOSTROPHE}?`)}(?:${APOSTROPHE}s)?`
}

export function phrasePattern(words: readonly string[]): RegExp {
  const body = words.map(wordPattern).join(`(?:(?!${WORD_CHAR})[^])+`)
  return new RegExp(
    `(?<!${WORD_CHAR}|${WORD_CHAR}${APOSTROPHE})${body}(?!${WORD_CHAR}|${APOSTROPHE}${WORD_CHAR})`,
    'iu'
  )
}

const NON_ASCII = /[^\x00-\x7f]/u

/** Whether a text holds the phrase; ASCII text (most of it) is tested as is, the rest once folded. */
export function phraseTester(words: readonly string[]): (text: string) => boolean {
  const pattern = phrasePattern(words)
  return (text) => pattern.test(NON_ASCII.test(text) ? foldText(text) : text)
}
