import { describe, expect, it } from 'vitest'
import { anchorPassage, describePassage } from '../../../src/shared/anchoring'
import { loadEditionChapters } from '../../support/edition-fixture'
import { reviseEdition, revisedPassage, sentences } from '../../support/revised-edition'

/**
 * Every sentence of the bundled edition is bookmarked, then the edition is replaced by a revised
 * version (inserted and removed paragraphs, reordering, typo fixes, word insertions and deletions).
 * Each bookmark must land on exactly what its sentence became, or become an orphan if it was removed.
 */
describe('re-anchoring every sentence against a revised edition', () => {
  const chapters = loadEditionChapters()
  const revised = reviseEdition(chapters)
  const cases = chapters.flatMap((chapter) =>
    sentences(chapter.text).map((s) => ({
      chapter,
      sentence: s,
      expected: revisedPassage(chapter.id, s.text)
    }))
  )

  it('lands every surviving sentence on its revised text', () => {
    const methods = new Set<string>()
    for (const { chapter, sentence, expected } of cases.filter((c) => c.expected !== null)) {
      const newText = revised.get(chapter.id)?.text ?? ''
      const match = anchorPassage(newText, describePassage(chapter.text, sentence.start, sentence.end))
      expect(match, sentence.text).not.toBeNull()
      expect(newText.slice(match?.start, match?.end), sentence.text).toBe(expected)
      if (match) methods.add(match.method)
    }
    // The revision exercises all three strategies, not just the easy one.
    expect([...methods].sort()).toEqual(['approximate', 'position', 'quote'])
  })

  it('orphans exactly the sentences that were removed', () => {
    const removed = cases.filter((c) => c.expected === null)
    expect(removed.length).toBe(4)
    for (const { chapter, sentence } of removed) {
      const newText = revised.get(chapter.id)?.text ?? ''
      expect(
        anchorPassage(newText, describePassage(chapter.text, sentence.start, sentence.end)),
        sentence.text
      ).toBeNull()
    }
  })
})
