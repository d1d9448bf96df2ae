import { afterEach, describe, expect, it, vi } from 'vitest'
import { paragraphName } from '../../src/renderer/src/composables/paragraphName'
import { announce, announcement } from '../../src/renderer/src/composables/useAnnouncer'

describe('paragraph controls are named after the passage', () => {
  it('gives the number and the opening words, never an id', () => {
    expect(
      paragraphName(2, 'Kazakhstan initiated the Conference on Interaction and Confidence-Building Measures')
    ).toBe('paragraph 3: Kazakhstan initiated the Conference on Interaction…')
    // A short paragraph is named whole, without a dangling comma or an ellipsis.
    expect(paragraphName(0, '  Thank you,  ')).toBe('paragraph 1: Thank you')
    expect(paragraphName(4, '')).toBe('paragraph 5')
  })
})

describe('the one polite announcer', () => {
  afterEach(() => void vi.useRealTimers())

  it('empties the region first, so the same words said twice are heard twice, and the newest wins', () => {
    vi.useFakeTimers()
    announce('3 of 12')
    vi.runAllTimers()
    expect(announcement.value).toBe('3 of 12')
    announce('3 of 12')
    expect(announcement.value).toBe('')
    vi.runAllTimers()
    expect(announcement.value).toBe('3 of 12')
    announce('4 of 12')
    announce('5 of 12')
    vi.runAllTimers()
    expect(announcement.value).toBe('5 of 12')
  })
})
