import { describe, expect, it } from 'vitest'
import { compileEdition } from '../../scripts/content/compile-edition'
import { BUNDLED_EDITION } from '../support/edition-paths'
import { copyEdition, editFile, TINY_FIXTURE } from '../support/fixture-edition'

describe('compileEdition', () => {
  it('compiles the bundled edition into chapters with ids, plain text and HTML', async () => {
    const { edition, index } = await compileEdition(BUNDLED_EDITION)
    expect(edition.meta.title).toBe('30th anniversary of diplomatic service of independent Kazakhstan')
    expect(edition.meta.byline).toMatch(/^Mukhtar Tileuberdi is Deputy Prime Minister/)
    expect(edition.chapters.length).toBeGreaterThanOrEqual(6)
    expect(edition.chapters.length).toBeLessThanOrEqual(10)
    const all = edition.chapters.flatMap((c) => c.paragraphs)
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length)
    const text = all.map((p) => p.text).join('\n')
    expect(text).not.toMatch(/Click to comment|Leave a Reply|To Top|Most Popular/)
    expect(text).not.toContain('{#')
    expect(index.vocabulary.length).toBeGreaterThan(100)
  })

  const broken: [string, (dir: string) => Promise<void>, RegExp][] = [
    [
      'a duplicate paragraph id',
      (dir) => editFile(dir, 'chapters/02-closing.md', (t) => t.replace('{#closing-1}', '{#opening-1}')),
      /02-closing\.md: duplicate paragraph id "opening-1"/
    ],
    [
      'an empty chapter',
      (dir) => editFile(dir, 'chapters/02-closing.md', () => '# Closing\n'),
      /02-closing\.md: chapter has no paragraphs/
    ],
    [
      'a paragraph without an id',
      (dir) => editFile(dir, 'chapters/01-opening.md', (t) => t.replace(' {#opening-2}', '')),
      /01-opening\.md: line 5: paragraph 2 has no id: end it with \{#some-id\}/
    ],
    [
      'an unknown manifest field',
      (dir) => editFile(dir, 'edition.json', (t) => t.replace('"language"', '"langauge": "en", "language"')),
      /edition\.json: field "langauge"/
    ],
    [
      'a manifest that is not JSON',
      (dir) => editFile(dir, 'edition.json', (t) => t.slice(0, -3)),
      /edition\.json: is not valid JSON/
    ],
    [
      'a missing chapter file',
      (dir) => editFile(dir, 'edition.json', (t) => t.replace('02-closing.md', '03-gone.md')),
      /03-gone\.md: cannot be read/
    ],
    [
      'a dropped sentence',
      (dir) => editFile(dir, 'chapters/01-opening.md', (t) => t.replace(' It ends with a question?', '')),
      /source\.txt: sentence missing from the chapters: "It ends with a question\?"/
    ],
    [
      'a repeated sentence',
      (dir) =>
        editFile(dir, 'chapters/02-closing.md', (t) =>
          t.replace('The closing', 'A new paragraph starts here. The closing')
        ),
      /02-closing\.md: sentence repeated: "A new paragraph starts here\."/
    ],
    [
      'sentences out of order',
      (dir) =>
        editFile(dir, 'chapters/01-opening.md', (t) =>
          t.replace(
            'The first sentence opens the text. The second sentence follows it!',
            'The second sentence follows it! The first sentence opens the text.'
          )
        ),
      /01-opening\.md: sentence out of order: "The second sentence follows it!"/
    ],
    [
      'an altered sentence',
      (dir) => editFile(dir, 'chapters/02-closing.md', (t) => t.replace('says goodbye', 'says farewell')),
      /02-closing\.md: sentence not in .*source\.txt \(altered or added\?\)/
    ],
    [
      'furniture that is not where the manifest says',
      (dir) => editFile(dir, 'edition.json', (t) => t.replace('["Leave a Reply"]', '["To Top"]')),
      /source\.txt: expected the page furniture line "To Top"/
    ]
  ]

  it('accepts the unbroken fixture', async () => {
    const { edition } = await compileEdition(await copyEdition(TINY_FIXTURE))
    expect(edition.meta.toc.map((entry) => entry.id)).toEqual(['opening', 'closing'])
  })

  it.each(broken)('fails on %s, naming the file and the problem', async (_name, breakIt, message) => {
    const dir = await copyEdition(TINY_FIXTURE)
    await breakIt(dir)
    await expect(compileEdition(dir)).rejects.toThrow(message)
  })
})
