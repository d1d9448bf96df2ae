import { describe, expect, it } from 'vitest'
import { markSpecs, wrapRanges } from '../../src/renderer/src/composables/markRanges'
import { noteMarkSpecs } from '../../src/renderer/src/composables/noteMarks'

const TEXT = 'The Semipalatinsk Treaty was signed in 2006.'

describe('marking notes and search hits together', () => {
  it('nests a search hit inside an annotated span without changing the text', () => {
    const p = document.createElement('p')
    p.innerHTML = 'The <em>Semipalatinsk</em> Treaty was signed in 2006.'
    wrapRanges(p, [
      ...noteMarkSpecs([{ start: 4, end: 24, annotationId: 'canwfz' }], null),
      ...markSpecs([{ start: 4, end: 17 }], 'search-hit')
    ])
    expect(p.textContent).toBe(TEXT)
    expect(p.querySelector('mark.search-hit')?.textContent).toBe('Semipalatinsk')
    expect(p.querySelector('mark.search-hit')?.closest('.annotation-mark')).not.toBeNull()
    const pieces = [...p.querySelectorAll<HTMLElement>('[data-annotation-id="canwfz"]')]
    expect(pieces.map((e) => e.textContent).join('')).toBe('Semipalatinsk Treaty')
    // One keyboard stop per note, however many pieces markup cut it into.
    expect(pieces.filter((e) => e.getAttribute('role') === 'button')).toHaveLength(1)
  })

  it('keeps overlapping and nested notes whole and the text intact', () => {
    const p = document.createElement('p')
    p.textContent = TEXT
    wrapRanges(p, [
      ...noteMarkSpecs(
        [
          { start: 4, end: 24, annotationId: 'treaty' },
          { start: 18, end: 35, annotationId: 'overlap' },
          { start: 4, end: 17, annotationId: 'inner' }
        ],
        'overlap'
      ),
      ...markSpecs([{ start: 39, end: 43 }], 'search-hit')
    ])
    expect(p.textContent).toBe(TEXT)
    const textOf = (id: string): string =>
      [...p.querySelectorAll(`[data-annotation-id="${id}"]`)].map((e) => e.textContent).join('')
    expect(textOf('treaty')).toBe('Semipalatinsk Treaty')
    expect(textOf('overlap')).toBe('Treaty was signed')
    expect(textOf('inner')).toBe('Semipalatinsk')
    expect(p.querySelector('[data-annotation-id="inner"]')?.parentElement?.dataset['annotationId']).toBe(
      'treaty'
    )
    expect(p.querySelector('mark.search-hit')?.textContent).toBe('2006')
    const open = p.querySelector('[data-annotation-id="overlap"][role="button"]')
    expect(open?.getAttribute('aria-expanded')).toBe('true')
    expect(open?.getAttribute('aria-controls')).toBe('note_overlap')
  })
})
