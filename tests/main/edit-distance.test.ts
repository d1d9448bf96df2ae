import { describe, expect, it } from 'vitest'
import { bitsSet, boundedDistance, letterMask } from '../../src/main/search/edit-distance'
import { seededRandom } from '../support/seeded-random'

/** The textbook table (optimal string alignment: edits and swaps of neighbours), nothing skipped. */
function fullDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  )
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1)
    }
  return d[a.length]![b.length]!
}

// A few letters, so random words are often near each other; Cyrillic and Kazakh fold into the same bits.
const LETTERS = [...'aeiostrnгқөүәіё']

function randomWord(next: () => number, around?: string): string {
  if (around === undefined)
    return Array.from(
      { length: 1 + Math.floor(next() * 9) },
      () => LETTERS[Math.floor(next() * LETTERS.length)]
    ).join('')
  // A typo or two of `around`: what the vocabulary scan really compares.
  let word = around
  for (let edits = Math.floor(next() * 3); edits > 0; edits--) {
    const at = Math.floor(next() * (word.length + 1))
    const letter = LETTERS[Math.floor(next() * LETTERS.length)]!
    const kind = Math.floor(next() * 4)
    if (kind === 0) word = word.slice(0, at) + letter + word.slice(at)
    else if (kind === 1) word = word.slice(0, at) + word.slice(at + 1)
    else if (kind === 2) word = word.slice(0, at) + letter + word.slice(at + 1)
    else if (at + 1 < word.length) word = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
  }
  return word
}

describe('the bounded edit distance of the typo scan', () => {
  it('agrees with the full table within its ceiling, and says Infinity beyond it', () => {
    const next = seededRandom(41)
    for (let round = 0; round < 20_000; round++) {
      const a = randomWord(next)
      const b = next() < 0.7 ? randomWord(next, a) : randomWord(next)
      const max = Math.floor(next() * 4)
      const full = fullDistance(a, b)
      expect(boundedDistance(a, b, max), `${a} → ${b} within ${max}`).toBe(full <= max ? full : Infinity)
    }
  })

  it('counts a swap of neighbours as one edit', () => {
    expect(boundedDistance('secrity', 'security', 2)).toBe(1)
    expect(boundedDistance('goverment', 'government', 2)).toBe(1)
    expect(boundedDistance('teh', 'the', 1)).toBe(1)
    expect(boundedDistance('қазақ', 'қаазқ', 1)).toBe(1)
  })

  it('never lets the letter test turn away a word within the ceiling', () => {
    const next = seededRandom(43)
    for (let round = 0; round < 20_000; round++) {
      const a = randomWord(next)
      const b = randomWord(next, a)
      const distance = fullDistance(a, b)
      expect(bitsSet(letterMask(a) ^ letterMask(b)), `${a} → ${b}`).toBeLessThanOrEqual(2 * distance)
    }
  })

  it('counts the bits of a mask, the highest one included', () => {
    expect(bitsSet(0)).toBe(0)
    expect(bitsSet(0b1011)).toBe(3)
    expect(bitsSet(1 << 31)).toBe(1)
    expect(bitsSet(-1)).toBe(32)
  })
})
