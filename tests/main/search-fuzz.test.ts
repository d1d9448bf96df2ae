import { beforeAll, describe, expect, it } from 'vitest'
import type { SearchService } from '../../src/main/search/search-service'
import { bundledSearch } from '../support/bundled-search'
import { seededRandom as random } from '../support/seeded-random'

const ALPHABET = [
  ...'abcdefghijklmnopqrstuvwxyzNUCLEAR0123456789',
  ...'"":~^*+-\\   ',
  ...'қазақстанйё’é\u0301😀\u200b\t\n',
  // The folding alphabet: accents, Turkish dotted and dotless I, Russian ё, Kazakh letters, in both cases.
  ...'İıIiÉéÈèçÇşŞğĞöÖüÜñÑßøØЁёЕеЙйӘәҒғҚқҢңӨөҰұҮүҺһІі\u0307\u0308'
]
const WORDS = ['nuclear', 'Kazakhstan', 'treaty', 'policy', 'title:', 'foreign', 'Semipalatinsk']

let search: SearchService
beforeAll(async () => ({ search } = await bundledSearch()))

describe('search fuzz', () => {
  it('never throws and always answers, for thousands of random inputs', () => {
    const next = random(20240611)
    for (let i = 0; i < 2000; i++) {
      const length = Math.floor(next() * 40)
      let input = ''
      for (let c = 0; c < length; c++)
        input +=
          next() < 0.1
            ? `${WORDS[Math.floor(next() * WORDS.length)]} `
            : ALPHABET[Math.floor(next() * ALPHABET.length)]
      const results = search.search(input)
      expect(results.query, JSON.stringify(input)).toBe(input)
      // Every answer is passages, notes, or a message saying why there are none.
      const found = results.totalHits > 0 || (results.noteHits?.length ?? 0) > 0
      expect(found || results.notice !== null, JSON.stringify(input)).toBe(true)
    }
  }, 60_000)

  it('finds the same passages whatever the case of the input, accents and Turkish I included', () => {
    const next = random(7)
    const letters = [...'abcdefghijklmnopqrstuvwxyzİıéèçşğöüñёйқұүәі  ', ...'"-*']
    const words = [...WORDS, 'Kazakhstan’s', 'Türkiye', 'İstanbul', 'Алматы', 'ёлка', 'Қазақстан']
    for (let i = 0; i < 500; i++) {
      let input = ''
      const length = Math.floor(next() * 24)
      for (let c = 0; c < length; c++)
        input +=
          next() < 0.2
            ? `${words[Math.floor(next() * words.length)]} `
            : letters[Math.floor(next() * letters.length)]
      const ids = (query: string): string[] => search.search(query).groups.flatMap((g) => g.paragraphIds)
      expect(ids(input.toUpperCase()), JSON.stringify(input)).toEqual(ids(input.toLowerCase()))
    }
  }, 60_000)
})
