import { describe, expect, it } from 'vitest'
import { describePassage } from '../../../src/shared/anchoring'

const TEXT = 'Kazakhstan has been, is, and will be a reliable partner of the international community.'

describe('describePassage', () => {
  it('stores the passage with up to 32 characters of context on each side', () => {
    const start = TEXT.indexOf('reliable partner')
    const selectors = describePassage(TEXT, start, start + 'reliable partner'.length)
    expect(selectors.position).toEqual({ type: 'TextPositionSelector', start, end: start + 16 })
    expect(selectors.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'reliable partner',
      prefix: 'Kazakhstan has been, is, and will be a '.slice(-32),
      suffix: ' of the international community.'
    })
  })

  it('clips context at the chapter edges instead of inventing text', () => {
    const selectors = describePassage(TEXT, 0, 10)
    expect(selectors.quote.prefix).toBe('')
    expect(selectors.quote.exact).toBe('Kazakhstan')
    const end = describePassage(TEXT, TEXT.length - 10, TEXT.length, 8)
    expect(end.quote.suffix).toBe('')
    expect(end.quote.prefix).toBe('ational ')
  })

  it('refuses empty and out-of-range passages, which could never be found again', () => {
    expect(() => describePassage(TEXT, 5, 5)).toThrow(RangeError)
    expect(() => describePassage(TEXT, 10, 4)).toThrow(RangeError)
    expect(() => describePassage(TEXT, -1, 4)).toThrow(RangeError)
    expect(() => describePassage(TEXT, 0, TEXT.length + 1)).toThrow(RangeError)
    expect(() => describePassage(TEXT, 0.5, 4)).toThrow(RangeError)
  })
})
