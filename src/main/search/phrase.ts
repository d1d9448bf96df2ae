/**
 * Lunr has no phrase search (lunr issue #62): a phrase is looked up as all of its terms, then kept only
 * where the words stand next to each other. That check runs on many passages for a common phrase, so it
 * is one precompiled regular expression rather than a tokenization of every candidate. It mirrors
 * tokenize.ts: a word may carry apostrophes inside and a possessive `'s`, and words are separated by
 * anything that is not a letter or digit.
 */
const APOSTROPHE = "['’]"
const WORD_CHAR = '[\\p{L}\\p{N}]'

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
