import { describe, expect, it } from 'vitest'
import { countNumbers, decodeNumbers, encodeNumbers } from '../../src/main/search/number-text'

describe('compact number lists', () => {
  it('round-trip small and large numbers, and count them without decoding', () => {
    const values = [0, 1, 44, 45, 2024, 2025, 91_124, 1_000_000, 2 ** 30]
    const text = encodeNumbers(values)
    expect([...decodeNumbers(text)]).toEqual(values)
    expect(countNumbers(text)).toBe(values.length)
    expect(JSON.parse(JSON.stringify(text))).toBe(text)
    expect(text).not.toMatch(/["\\\s]/u)
  })

  it('refuse a foreign character instead of decoding nonsense', () => {
    expect(() => decodeNumbers('ab c')).toThrow(/damaged/)
  })
})
