import { describe, expect, it } from 'vitest'
import {
  chapterText,
  paragraphAt,
  paragraphSpans,
  rangesByParagraph
} from '../../src/shared/bookmarks/chapter-text'

const paragraphs = [
  { id: 'a', text: 'First one.' },
  { id: 'b', text: 'Second.' }
]

describe('chapter text as bookmark selectors count it', () => {
  it('joins paragraphs with a blank line and knows where each one lies', () => {
    const text = chapterText(paragraphs)
    expect(text).toBe('First one.\n\nSecond.')
    const spans = paragraphSpans(paragraphs)
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['First one.', 'Second.'])
    expect([0, 9, 10, 12, 18].map((offset) => paragraphAt(spans, offset))).toEqual(['a', 'a', 'b', 'b', 'b'])
  })

  it('splits a passage across paragraphs into each paragraph’s own range', () => {
    const spans = paragraphSpans(paragraphs)
    expect(rangesByParagraph(spans, 6, 18)).toEqual([
      { paragraphId: 'a', start: 6, end: 10 },
      { paragraphId: 'b', start: 0, end: 6 }
    ])
  })
})
