import type { BookmarksData } from '../../src/main/bookmarks/bookmark-file'
import type { Bookmark } from '../../src/shared/bookmarks/schema'

/** A bookmark record as the service writes it, with non-ASCII text so byte damage can hit multi-byte characters. */
export function sampleBookmark(n: number, overrides: Partial<Bookmark> = {}): Bookmark {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    editionId: 'diplomatic-service-at-30',
    anchor: {
      chapterId: 'founding',
      paragraphId: `founding-${n}`,
      position: { type: 'TextPositionSelector', start: 3 * n, end: 3 * n + 12 },
      quote: { type: 'TextQuoteSelector', exact: `Қазақстан ${n}`, prefix: 'On ', suffix: ', the President' }
    },
    note: `note ${n}: Тілеуберді — «дипломатия»`,
    label: n % 2 === 0 ? 'yellow' : null,
    createdAt: new Date(Date.UTC(2024, 4, 1, 12, 0, n)).toISOString(),
    updatedAt: new Date(Date.UTC(2024, 4, 1, 12, 0, n)).toISOString(),
    status: 'anchored',
    ...overrides
  }
}

export function sampleData(count: number): BookmarksData {
  return { bookmarks: Array.from({ length: count }, (_, i) => sampleBookmark(i + 1)) }
}
