import { describe, expect, it } from 'vitest'
import { PhraseFinder } from '../../src/main/search/phrase'
import { tokenize, tokenizeUnicode } from '../../src/main/search/tokenize'
import { WordPositions } from '../../src/main/search/word-positions'
import { seededRandom as random } from '../support/seeded-random'

/** Letters, marks and apostrophes beyond ASCII: Kazakh, Russian, decomposed accents, astral letters. */
const UNICODE_PIECES = [
  'қазақ',
  'Ёлка',
  'é',
  'e\u0301',
  '\u0301x',
  '’',
  'don’t',
  '😀',
  '𝐀𝐁',
  'İ',
  '—',
  '\ud800'
]

const PIECES = [
  'the',
  'The',
  'state',
  "nation's",
  "don't",
  'of',
  'union',
  'A1',
  '42',
  "'",
  ' ',
  ' ',
  '. ',
  ', ',
  '-',
  "''",
  'x'
]

function randomText(next: () => number, pieces = PIECES, length = 60): string {
  let text = ''
  for (let i = 0; i < length; i++)
    text += pieces[Math.floor(next() * pieces.length)]! + (next() < 0.6 ? ' ' : '')
  return text
}

describe('the tokenizers', () => {
  it('find the very words, offsets and folded forms the Unicode pattern does, bounded or not', () => {
    const next = random(13)
    for (let i = 0; i < 1000; i++) {
      const pieces = i % 2 === 0 ? PIECES : [...PIECES, ...UNICODE_PIECES]
      const text = randomText(next, pieces, 1 + Math.floor(next() * 400))
      const end = next() < 0.5 ? Infinity : Math.floor(next() * text.length)
      expect(tokenize(text, end), JSON.stringify({ text, end })).toEqual(tokenizeUnicode(text, end))
    }
  })

  it('reads a huge ASCII text only up to its bound, and a word crossing the bound whole', () => {
    const text = `${'word '.repeat(20_000)}${'z'.repeat(3000)} tail`
    const end = 100_001
    expect(tokenize(text, end)).toEqual(tokenizeUnicode(text, end))
    expect(tokenize(text, end).at(-1)!.word).toHaveLength(3000)
  })
})

describe('phrases from word positions', () => {
  it('count exactly the runs of consecutive words that the tokens show, in every paragraph', () => {
    const next = random(7)
    const texts = Array.from({ length: 200 }, () => randomText(next))
    const positions = WordPositions.fromTexts(texts)
    const phrases = [
      ['the', 'state'],
      ['state', 'of', 'the', 'union'],
      ['nation', 'dont'],
      ['the'],
      ['x', 'x']
    ]
    for (const words of phrases) {
      const finder = new PhraseFinder(positions, words)
      const expected = texts.map((text) => {
        const tokens = tokenize(text).map((t) => t.normalized)
        return tokens.filter((_, at) => words.every((word, k) => tokens[at + k] === word)).length
      })
      // In reading order (cursors forward) and backwards (binary search), the same counts.
      expect(texts.map((_, ordinal) => finder.countIn(ordinal))).toEqual(expected)
      expect(texts.map((_, ordinal) => finder.countIn(texts.length - 1 - ordinal)).reverse()).toEqual(
        expected
      )
      const all = finder.all()
      expect(all.ordinals).toEqual(expected.flatMap((count, ordinal) => (count > 0 ? [ordinal] : [])))
      expect(all.counts).toEqual(expected.filter((count) => count > 0))
    }
  })

  it('find nothing for a word no text holds', () => {
    const finder = new PhraseFinder(WordPositions.fromTexts(['the state of the union']), ['the', 'stat'])
    expect(finder.all().ordinals).toEqual([])
    expect(finder.countIn(0)).toBe(0)
  })
})
