import { describe, expect, it } from 'vitest'
import { MAX_CLAUSES, parseQuery } from '../../src/main/search/parse-query'

const word = (normalized: string, prefix = false) => ({ kind: 'word', normalized, prefix })

describe('parseQuery', () => {
  it('reads words as required clauses, the last one as a prefix while typing', () => {
    expect(parseQuery('Foreign polic')).toEqual({
      required: [word('foreign'), word('polic', true)],
      excluded: []
    })
    expect(parseQuery('foreign policy ').required).toEqual([word('foreign'), word('policy')])
  })

  it('reads quoted phrases, also unterminated ones, and -exclusions of words and phrases', () => {
    expect(parseQuery('"foreign policy" -war -"cold war"')).toEqual({
      required: [{ kind: 'phrase', words: ['foreign', 'policy'] }],
      excluded: [word('war'), { kind: 'phrase', words: ['cold', 'war'] }]
    })
    expect(parseQuery('"nuclear test').required).toEqual([{ kind: 'phrase', words: ['nuclear', 'test'] }])
    expect(parseQuery('"one"').required).toEqual([word('one')])
  })

  it("gives Lunr's operators the meaning a reader expects instead of passing them to Lunr", () => {
    expect(parseQuery('immigra*').required).toEqual([word('immigra', true)])
    expect(parseQuery('immigra* law').required).toEqual([word('immigra', true), word('law', true)])
    expect(parseQuery('goverment~2 ').required).toEqual([word('goverment')])
    expect(parseQuery('peace^10 ').required).toEqual([word('peace')])
    expect(parseQuery('+peace ').required).toEqual([word('peace')])
    expect(parseQuery('title:nuclear ').required).toEqual([word('nuclear')])
  })

  // Every input that makes lunr.QueryParseError throw (design notes, section 3) parses quietly here.
  it.each([
    'title:',
    'http://x',
    '10:30',
    ':',
    '~',
    'foo~',
    'foo^',
    '+',
    '-',
    '-foo',
    '*',
    '*tion',
    'c*',
    '\\',
    '"',
    '""'
  ])('never throws on %j', (input) => {
    expect(() => parseQuery(input)).not.toThrow()
  })

  it('finds nothing to search for in empty, whitespace and punctuation-only input', () => {
    for (const input of ['', '   ', '\t\n', '~^:*+-', '""', '-'])
      expect(parseQuery(input).required, JSON.stringify(input)).toEqual([])
    expect(parseQuery('-foo')).toEqual({ required: [], excluded: [word('foo')] })
  })

  it('bounds a 10 kB paste to a few clauses', () => {
    const pasted = 'word '.repeat(2000)
    expect(pasted.length).toBe(10_000)
    const parsed = parseQuery(pasted)
    expect(parsed.required.length).toBeLessThanOrEqual(MAX_CLAUSES)
    expect(parseQuery(`"${'a b '.repeat(2500)}"`).required).toHaveLength(1)
  })

  it('keeps Unicode words whole (Cyrillic, accents and apostrophes) and folds case and accents', () => {
    expect(parseQuery('Қазақстан nation’s café ').required).toEqual([
      word('қазақстан'),
      word('nation'),
      word('cafe')
    ])
    // A decomposed accent (e + U+0301) belongs to its word instead of splitting it.
    expect(parseQuery('cafe\u0301 ').required).toEqual([word('cafe')])
  })
})
