import { describe, expect, it } from 'vitest'
import { chapterText } from '../../src/shared/bookmarks/chapter-text'
import { step } from '../../src/renderer/src/composables/textSteps'

const text = chapterText([
  { text: 'Kazakhstan initiated the Conference. It met in 1992, in Almaty.' },
  { text: 'Next paragraph here.' }
])
const at = (word: string): number => text.indexOf(word)

describe('the keyboard caret steps through the chapter text', () => {
  it('moves forward to the end of each word, passing punctuation and spaces', () => {
    let offset = 0
    const ends: string[] = []
    for (let i = 0; i < 5; i++) {
      offset = step(text, offset, 1, 'word')
      ends.push(text.slice(0, offset).split(/\s/).at(-1)!)
    }
    expect(ends).toEqual(['Kazakhstan', 'initiated', 'the', 'Conference', 'It'])
  })

  it('moves back to the start of the word it is in, then of the one before', () => {
    const inside = at('Conference') + 4
    const start = step(text, inside, -1, 'word')
    expect(start).toBe(at('Conference'))
    expect(step(text, start, -1, 'word')).toBe(at('the Conference'))
  })

  it('moves by sentence: to the end of its full stop, across the paragraph break, and back', () => {
    const first = step(text, 0, 1, 'sentence')
    expect(text.slice(0, first)).toBe('Kazakhstan initiated the Conference.')
    const second = step(text, first, 1, 'sentence')
    expect(text.slice(first, second).trim()).toBe('It met in 1992, in Almaty.')
    const third = step(text, second, 1, 'sentence')
    expect(text.slice(second, third).trim()).toBe('Next paragraph here.')
    expect(step(text, third, -1, 'sentence')).toBe(at('Next'))
    expect(step(text, at('Next'), -1, 'sentence')).toBe(at('It met'))
  })

  it('stays put at either end of the text', () => {
    expect(step(text, 0, -1, 'word')).toBe(0)
    expect(step(text, text.length, 1, 'sentence')).toBe(text.length)
  })

  it('steps through Cyrillic words as the language segments them', () => {
    const kazakh = 'Қазақстан тәуелсіздік алды.'
    expect(step(kazakh, 0, 1, 'word', 'kk')).toBe('Қазақстан'.length)
    expect(step(kazakh, 'Қазақстан'.length, 1, 'word', 'kk')).toBe('Қазақстан тәуелсіздік'.length)
  })
})

describe('a selection shrinking back', () => {
  it('stops at the end of the word (sentence) before, not at the start of the one it leaves', () => {
    const end = at('initiated') + 'initiated'.length
    expect(text.slice(0, step(text, end, -1, 'word', 'en', 'end'))).toBe('Kazakhstan')
    expect(step(text, at('Kazakhstan'), 1, 'word', 'en', 'start')).toBe(at('initiated'))
    const twoSentences = step(text, step(text, 0, 1, 'sentence'), 1, 'sentence')
    expect(text.slice(0, step(text, twoSentences, -1, 'sentence', 'en', 'end'))).toBe(
      'Kazakhstan initiated the Conference.'
    )
  })
})
