import { describe, expect, it } from 'vitest'
import { exportMarkdown } from '../../../src/main/bookmarks/export-markdown'
import type { Bookmark } from '../../../src/shared/bookmarks/schema'
import { mainTranslator } from '../../../src/shared/i18n/main-translator'

function bookmark(
  overrides: Partial<Bookmark> & { chapterId: string; start: number; exact: string }
): Bookmark {
  const { chapterId, start, exact, ...rest } = overrides
  return {
    id: '00000000-0000-4000-8000-000000000001',
    editionId: 'ed',
    anchor: {
      chapterId,
      paragraphId: `${chapterId}-1`,
      position: { type: 'TextPositionSelector', start, end: start + exact.length },
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }
    },
    note: '',
    label: null,
    createdAt: '2024-05-01T12:00:00.000Z',
    updatedAt: '2024-05-01T12:00:00.000Z',
    status: 'anchored',
    ...rest
  }
}

const chapters = [
  { id: 'founding', title: 'The founding of the service' },
  { id: 'borders', title: 'Borders and the Caspian Sea' },
  { id: 'nuclear', title: 'Nuclear disarmament' }
]

describe('exportMarkdown', () => {
  it('lists bookmarks under chapter headings in reading order, each quote with its note, label and link', () => {
    const markdown = exportMarkdown({
      title: '30th anniversary of diplomatic service',
      chapters,
      exportedAt: new Date('2024-06-02T08:00:00Z'),
      bookmarks: [
        bookmark({
          chapterId: 'nuclear',
          start: 10,
          exact: 'renouncing the fourth largest nuclear arsenal',
          note: 'Voluntary!',
          label: 'yellow'
        }),
        bookmark({
          chapterId: 'founding',
          start: 200,
          exact: 'Since then',
          createdAt: '2024-05-03T00:00:00.000Z'
        }),
        bookmark({
          chapterId: 'founding',
          start: 3,
          exact: 'July 2, 1992',
          note: 'The decrees.\nSee also the Embassy regulations.',
          label: 'blue'
        })
      ]
    })
    expect(markdown).toBe(
      [
        '# Bookmarks: 30th anniversary of diplomatic service',
        '',
        'Exported from Elshi on 2024-06-02: 3 bookmarks.',
        '',
        '## The founding of the service',
        '',
        '> July 2, 1992',
        '',
        'The decrees.',
        'See also the Embassy regulations.',
        '',
        '*label: blue · bookmarked 2024-05-01*',
        '<elshi://ed/founding?p=founding-1>',
        '',
        '> Since then',
        '',
        '*bookmarked 2024-05-03*',
        '<elshi://ed/founding?p=founding-1>',
        '',
        '## Nuclear disarmament',
        '',
        '> renouncing the fourth largest nuclear arsenal',
        '',
        'Voluntary!',
        '',
        '*label: yellow · bookmarked 2024-05-01*',
        '<elshi://ed/nuclear?p=nuclear-1>',
        ''
      ].join('\n')
    )
  })

  it('puts orphans, and bookmarks of chapters the edition lost, in their own section with their quotes', () => {
    const markdown = exportMarkdown({
      title: 'Ed',
      chapters,
      exportedAt: new Date('2024-06-02T08:00:00Z'),
      bookmarks: [
        bookmark({
          chapterId: 'borders',
          start: 5,
          exact: 'a removed sentence',
          status: 'orphaned',
          note: 'still mine'
        }),
        bookmark({ chapterId: 'appendix', start: 0, exact: 'from a lost chapter' })
      ]
    })
    expect(markdown).toContain(
      [
        '## Orphaned bookmarks',
        '',
        'These passages could not be found in the current text of the edition; they are kept as bookmarked.',
        '',
        '> from a lost chapter',
        '',
        '*from “appendix” · bookmarked 2024-05-01*',
        '',
        '> a removed sentence',
        '',
        'still mine',
        '',
        '*from “Borders and the Caspian Sea” · bookmarked 2024-05-01*'
      ].join('\n')
    )
    expect(markdown).not.toContain('## Borders')
  })

  it('shows quotes and notes as written, even when they contain Markdown syntax', () => {
    const markdown = exportMarkdown({
      title: 'Ed',
      chapters,
      exportedAt: new Date('2024-06-02T08:00:00Z'),
      bookmarks: [
        bookmark({
          chapterId: 'founding',
          start: 0,
          exact: '*Decrees* of [1992]\n\n# not a heading',
          note: '- not a list\n1992. not a list either'
        })
      ]
    })
    expect(markdown).toContain('> \\*Decrees\\* of \\[1992\\]\n>\n> \\# not a heading')
    expect(markdown).toContain('\\- not a list\n1992\\. not a list either')
  })

  it('says so when there is nothing to export', () => {
    const markdown = exportMarkdown({
      title: 'Ed',
      chapters,
      exportedAt: new Date('2024-06-02T08:00:00Z'),
      bookmarks: []
    })
    expect(markdown).toBe('# Bookmarks: Ed\n\nExported from Elshi on 2024-06-02: 0 bookmarks.\n')
  })

  it('writes its own words in the interface language, with the language’s plural forms', () => {
    const exportIn = (locale: 'ru' | 'kk', count: number): string =>
      exportMarkdown({
        title: 'Ed',
        chapters,
        exportedAt: new Date('2024-06-02T08:00:00Z'),
        t: mainTranslator(locale),
        bookmarks: [
          bookmark({ chapterId: 'founding', start: 3, exact: 'July 2, 1992', label: 'blue' }),
          bookmark({ chapterId: 'lost', start: 0, exact: 'a passage gone', status: 'orphaned' })
        ].slice(0, count)
      })
    const russian = exportIn('ru', 2)
    expect(russian).toContain('# Закладки: Ed\n\nЭкспортировано из Elshi 2024-06-02: 2 закладки.')
    expect(russian).toContain('*метка: синяя · добавлено 2024-05-01*')
    expect(russian).toContain('## Потерянные закладки')
    expect(russian).toContain('*из главы «lost» · добавлено 2024-05-01*')
    expect(exportIn('ru', 1)).toContain(': 1 закладка.')
    expect(exportIn('ru', 0)).toContain(': 0 закладок.')
    const kazakh = exportIn('kk', 2)
    expect(kazakh).toContain('# Бетбелгілер: Ed\n\nElshi-ден 2024-06-02 экспортталды: 2 бетбелгі.')
    expect(kazakh).toContain('*түс белгісі: көк · қосылған күні: 2024-05-01*')
    for (const text of [russian, kazakh])
      expect(text).not.toMatch(/Bookmarks|Exported|label|bookmarked|Orphaned/u)
  })
})
