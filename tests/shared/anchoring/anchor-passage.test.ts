import { describe, expect, it } from 'vitest'
import { anchorPassage, describePassage } from '../../../src/shared/anchoring'
import { loadEditionChapters } from '../../support/edition-fixture'
import { sentences } from '../../support/revised-edition'

const chapters = loadEditionChapters()

describe('anchorPassage on unchanged text', () => {
  it('round-trips every sentence and every paragraph of every chapter by position', () => {
    let checked = 0
    for (const chapter of chapters) {
      const ranges = [...sentences(chapter.text), ...chapter.paragraphs]
      for (const { start, end } of ranges) {
        const match = anchorPassage(chapter.text, describePassage(chapter.text, start, end))
        expect(match).toEqual({ start, end, method: 'position' })
        checked++
      }
    }
    expect(checked).toBeGreaterThan(60)
  })

  it('round-trips short phrases, including ones that repeat within a chapter', () => {
    for (const chapter of chapters) {
      for (let start = 0; start + 12 <= chapter.text.length; start += 97) {
        const selectors = describePassage(chapter.text, start, start + 12)
        const { position: _ignored, ...withoutPosition } = selectors
        expect(anchorPassage(chapter.text, withoutPosition)).toMatchObject({ start, end: start + 12 })
      }
    }
  })
})

describe('anchorPassage when the text changed', () => {
  const text =
    'Kazakhstan’s foreign policy has demonstrated its success. ' +
    'Thanks to its effective foreign policy, our country avoided being drawn into conflicts. ' +
    'Overall, Kazakhstan’s diplomacy has made a significant contribution to strengthening our statehood.'

  function bookmark(phrase: string, occurrence = 0) {
    let start = -1
    for (let i = 0; i <= occurrence; i++) start = text.indexOf(phrase, start + 1)
    return describePassage(text, start, start + phrase.length)
  }

  it('finds the quote by exact search after text is inserted before it', () => {
    const selectors = bookmark('significant contribution')
    const changed = 'A new opening sentence was added here. ' + text
    const match = anchorPassage(changed, selectors)
    expect(match?.method).toBe('quote')
    expect(changed.slice(match?.start, match?.end)).toBe('significant contribution')
  })

  it('finds the quote after text before it was deleted', () => {
    const selectors = bookmark('significant contribution')
    const changed = text.replace('Thanks to its effective foreign policy, ', '')
    const match = anchorPassage(changed, selectors)
    expect(match?.method).toBe('quote')
    expect(changed.slice(match?.start, match?.end)).toBe('significant contribution')
  })

  it('tells repeated phrases apart by their context', () => {
    const second = bookmark('foreign policy', 1)
    const changed = 'Preface. ' + text
    const match = anchorPassage(changed, second)
    expect(match?.start).toBe(changed.indexOf('effective foreign policy') + 'effective '.length)
    const first = bookmark('foreign policy', 0)
    expect(anchorPassage(changed, first)?.start).toBe(changed.indexOf('foreign policy'))
  })

  it('follows a typo fix inside the passage with an approximate match', () => {
    const typo = text.replace('significant', 'signifcant')
    const start = typo.indexOf('made a signifcant contribution')
    const selectors = describePassage(typo, start, start + 'made a signifcant contribution'.length)
    const match = anchorPassage(text, selectors)
    expect(match?.method).toBe('approximate')
    expect(text.slice(match?.start, match?.end)).toBe('made a significant contribution')
  })

  it('follows words inserted into and deleted from the passage', () => {
    const selectors = bookmark('our country avoided being drawn into conflicts')
    const inserted = text.replace('avoided being drawn', 'successfully avoided being drawn')
    const match = anchorPassage(inserted, selectors)
    expect(inserted.slice(match?.start, match?.end)).toBe(
      'our country successfully avoided being drawn into conflicts'
    )
    const deleted = text.replace('avoided being drawn into', 'avoided drawn into')
    const second = anchorPassage(deleted, selectors)
    expect(second?.method).toBe('approximate')
    expect(deleted.slice(second?.start, second?.end)).toBe('our country avoided drawn into conflicts')
  })

  it('follows a passage whose paragraph moved elsewhere in the chapter', () => {
    const paragraphs = ['First paragraph about borders.', text, 'Last paragraph about the Caspian Sea.']
    const original = paragraphs.join('\n\n')
    const start = original.indexOf('effective foreign policy')
    const selectors = describePassage(original, start, start + 24)
    const moved = [paragraphs[0], paragraphs[2], paragraphs[1]].join('\n\n')
    const match = anchorPassage(moved, selectors)
    expect(moved.slice(match?.start, match?.end)).toBe('effective foreign policy')
  })

  it('returns null (an orphan) when the passage was removed', () => {
    const selectors = bookmark('our country avoided being drawn into conflicts')
    const removed = text.replace(
      'Thanks to its effective foreign policy, our country avoided being drawn into conflicts. ',
      ''
    )
    expect(anchorPassage(removed, selectors)).toBeNull()
  })

  it('returns null when the passage was rewritten beyond recognition', () => {
    const selectors = bookmark('our country avoided being drawn into conflicts')
    const rewritten = text.replace(
      'our country avoided being drawn into conflicts',
      'peace held along every border'
    )
    expect(anchorPassage(rewritten, selectors)).toBeNull()
  })

  it('does not re-anchor a short quote onto an unrelated occurrence', () => {
    const selectors = bookmark('success')
    const unrelated = 'Nothing in this text is related, except that success is mentioned once.'
    expect(anchorPassage(unrelated, selectors)).toBeNull()
  })

  it('returns null for an empty quote', () => {
    const quote = { type: 'TextQuoteSelector' as const, exact: '', prefix: '', suffix: '' }
    expect(anchorPassage(text, { quote })).toBeNull()
  })
})
