import { describe, expect, it } from 'vitest'
import { markRanges } from '../../src/renderer/src/composables/markRanges'
import { highlightSegments } from '../../src/renderer/src/composables/highlightSegments'

describe('markRanges', () => {
  it('marks text offsets even when a range crosses inline markup', () => {
    const p = document.createElement('p')
    p.innerHTML = 'The <em>Semipalatinsk</em> Treaty was signed.'
    markRanges(
      p,
      [
        { start: 4, end: 24 },
        { start: 29, end: 35 }
      ],
      'hit'
    )
    expect([...p.querySelectorAll('mark.hit')].map((m) => m.textContent)).toEqual([
      'Semipalatinsk',
      ' Treaty',
      'signed'
    ])
    expect(p.textContent).toBe('The Semipalatinsk Treaty was signed.')
    expect(p.querySelector('em')?.textContent).toBe('Semipalatinsk')
  })

  it('leaves the paragraph untouched without ranges', () => {
    const p = document.createElement('p')
    p.innerHTML = 'Plain <strong>text</strong>'
    markRanges(p, [], 'hit')
    expect(p.innerHTML).toBe('Plain <strong>text</strong>')
  })
})

describe('highlightSegments', () => {
  it('splits a snippet into plain and marked text, never HTML', () => {
    expect(highlightSegments('a <b> c', [{ start: 2, end: 5 }])).toEqual([
      { text: 'a ', marked: false },
      { text: '<b>', marked: true },
      { text: ' c', marked: false }
    ])
  })
})
