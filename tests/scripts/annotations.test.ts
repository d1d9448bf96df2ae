import { describe, expect, it } from 'vitest'
import { findQuote } from '../../scripts/content/anchor-annotations'
import { isEditionDate } from '../../scripts/content/annotation-source'
import { compileEdition } from '../../scripts/content/compile-edition'
import { ANNOTATION_KINDS } from '../../src/shared/edition'
import { BUNDLED_EDITION } from '../support/edition-paths'
import { copyEdition, editFile, TINY_FIXTURE } from '../support/fixture-edition'

const editAnnotations = (dir: string, edit: (text: string) => string): Promise<void> =>
  editFile(dir, 'annotations.json', edit)

describe('annotations in the content build', () => {
  it('resolves quotes to paragraph offsets: every occurrence with "all", else the first', async () => {
    const { edition } = await compileEdition(await copyEdition(TINY_FIXTURE))
    const [sentence, goodbye, author] = edition.annotations
    const text = (id: string): string =>
      edition.chapters.flatMap((c) => c.paragraphs).find((p) => p.id === id)?.text ?? ''
    expect(sentence?.occurrences.map((o) => o.paragraphId)).toEqual(['opening-1', 'opening-1'])
    for (const o of sentence?.occurrences ?? [])
      expect(text(o.paragraphId).slice(o.start, o.end)).toBe('sentence')
    expect(goodbye?.occurrences).toEqual([
      { chapterId: 'closing', paragraphId: 'closing-1', start: 27, end: 34 }
    ])
    expect(goodbye?.date).toBe('2006-09-08')
    expect(author?.occurrences).toEqual([])
    expect(author?.date).toBeNull()
  })

  it('compiles an edition without an annotations file to no annotations', async () => {
    const dir = await copyEdition(TINY_FIXTURE)
    const { rm } = await import('node:fs/promises')
    await rm(`${dir}/annotations.json`)
    expect((await compileEdition(dir)).edition.annotations).toEqual([])
  })

  it('anchors a quote only where it stands as whole words', () => {
    expect(findQuote('UNESCO and the SCO', 'SCO')).toEqual([15])
    expect(findQuote('Asia (CICA), CICA', '(CICA)')).toEqual([5])
    expect(findQuote('the UNited', 'the UN')).toEqual([])
  })

  it('accepts a year or a real calendar date, nothing else', () => {
    expect(['2006', '2006-09-08', '2024-02-29'].every(isEditionDate)).toBe(true)
    expect(['2006-09', '2006-02-30', '2023-02-29', '8 September 2006', '06'].some(isEditionDate)).toBe(false)
  })

  const broken: [string, (dir: string) => Promise<void>, RegExp][] = [
    [
      'a quote that is not in its chapter',
      (dir) => editAnnotations(dir, (t) => t.replace('"quote": "goodbye"', '"quote": "farewell"')),
      /annotations\.json: annotation "goodbye": quote "farewell" is not in chapter "closing"/
    ],
    [
      'a duplicated id',
      (dir) => editAnnotations(dir, (t) => t.replace('"id": "jane-doe"', '"id": "goodbye"')),
      /annotations\.json: annotation id "goodbye" is used twice/
    ],
    [
      'a related id that does not exist',
      (dir) => editAnnotations(dir, (t) => t.replace('["goodbye"]', '["good-bye"]')),
      /annotations\.json: annotation "sentence": related id "good-bye" does not exist/
    ],
    [
      'a date that does not parse',
      (dir) => editAnnotations(dir, (t) => t.replace('"2006-09-08"', '"8 September 2006"')),
      /annotations\.json: annotation "goodbye": field "date" must be a year \(YYYY\) or a calendar date/
    ],
    [
      'a date that is not in the calendar',
      (dir) => editAnnotations(dir, (t) => t.replace('"2006-09-08"', '"2006-02-30"')),
      /annotation "goodbye": field "date" must be a year/
    ],
    [
      'an empty list of sources',
      (dir) =>
        editAnnotations(dir, (t) =>
          t.replace(/"sources": \[\{ "citation": "A test who's who" \}\]/, '"sources": []')
        ),
      /annotation "jane-doe": field "sources" must list at least one source/
    ],
    [
      'no sources at all',
      (dir) =>
        editAnnotations(dir, (t) => t.replace(/"sources": \[\{ "citation": "A test who's who" \}\],/, '')),
      /annotation "jane-doe": field "sources" is missing/
    ],
    [
      'an empty citation',
      (dir) => editAnnotations(dir, (t) => t.replace('"A test chronicle (2006)"', '"  "')),
      /annotation "goodbye": field "sources\.0\.citation" must not be empty/
    ],
    [
      'an unknown kind',
      (dir) => editAnnotations(dir, (t) => t.replace('"kind": "event"', '"kind": "happening"')),
      /annotation "goodbye": field "kind" must be one of: person, organization/
    ],
    [
      'a chapter that does not exist',
      (dir) => editAnnotations(dir, (t) => t.replace('"chapter": "closing"', '"chapter": "ending"')),
      /annotation "goodbye": there is no chapter "ending"/
    ],
    [
      'an unknown field',
      (dir) =>
        editAnnotations(dir, (t) => t.replace('"title": "Jane Doe"', '"titel": "Jane Doe", "title": "J"')),
      /annotation "jane-doe": field "titel" is not a known field/
    ],
    [
      'a file that is not JSON',
      (dir) => editAnnotations(dir, (t) => t.slice(0, -4)),
      /annotations\.json: is not valid JSON/
    ],
    [
      'a chapter named like a view of the reader',
      (dir) => editFile(dir, 'edition.json', (t) => t.replace('02-closing.md', '02-glossary.md')),
      /02-glossary\.md: chapter id "glossary" is reserved/
    ]
  ]

  it.each(broken)(
    'fails on %s, naming the file, the annotation and the problem',
    async (_name, breakIt, message) => {
      const dir = await copyEdition(TINY_FIXTURE)
      await breakIt(dir)
      await expect(compileEdition(dir)).rejects.toThrow(message)
    }
  )
})

describe('the bundled edition’s annotations', () => {
  it('has at least 30 sourced notes of every kind, each anchored except the author', async () => {
    const { edition } = await compileEdition(BUNDLED_EDITION)
    const { annotations } = edition
    expect(annotations.length).toBeGreaterThanOrEqual(30)
    expect(new Set(annotations.map((a) => a.kind))).toEqual(new Set(ANNOTATION_KINDS))
    expect(annotations.every((a) => a.sources.length > 0)).toBe(true)
    expect(annotations.filter((a) => a.occurrences.length === 0).map((a) => a.id)).toEqual([
      'mukhtar-tileuberdi'
    ])
    const cica = annotations.find((a) => a.id === 'cica')
    const security2 = edition.chapters.find((c) => c.id === 'security')?.paragraphs[1]
    const at = cica?.occurrences[0]
    expect(security2?.text.slice(at?.start, at?.end)).toMatch(/\(CICA\)$/)
  })

  it('marks every passage with at most one note, so each mark opens the note it shows', async () => {
    const { annotations } = (await compileEdition(BUNDLED_EDITION)).edition
    const marks = annotations.flatMap((a) => a.occurrences.map((o) => ({ ...o, id: a.id })))
    const overlapping = marks.flatMap((a) =>
      marks
        .filter((b) => a.id < b.id && a.paragraphId === b.paragraphId && a.start < b.end && b.start < a.end)
        .map((b) => `${a.id} / ${b.id}`)
    )
    expect(overlapping).toEqual([])
  })
})
