import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../scripts/content/verbatim'

describe('splitSentences', () => {
  it('splits after sentence punctuation before a capital, but not inside abbreviations or brackets', () => {
    expect(
      splitSentences('Agencies (UNDP, WHO, etc.) and others. Kazakhstan’s “green” policy! Is it? Yes.')
    ).toEqual(['Agencies (UNDP, WHO, etc.) and others.', 'Kazakhstan’s “green” policy!', 'Is it?', 'Yes.'])
  })

  it('normalises whitespace, including line breaks inside a paragraph', () => {
    expect(splitSentences('  One\n line.   Two   lines. ')).toEqual(['One line.', 'Two lines.'])
  })
})
