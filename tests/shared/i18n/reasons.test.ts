import { describe, expect, it } from 'vitest'
import { lookup, paramsOf } from '../../../src/shared/i18n/format'
import { mainReasonText } from '../../../src/shared/i18n/reason-text'
import { LOCALES } from '../../../src/shared/i18n/locales'
import { MAIN_MESSAGES } from '../../../src/shared/i18n/areas/main'
import {
  codesIn,
  type Reason,
  reason,
  reasonKey,
  type ReasonCode,
  type ReasonParams
} from '../../../src/shared/i18n/reasons'

/** One example of every code's parameters: adding a code without a message fails here and in tsc. */
const EXAMPLES: { [C in ReasonCode]: ReasonParams[C] } = {
  internal: {},
  untrustedPage: { method: 'search' },
  invalidRequest: { field: 'anchor.quote' },
  editionNotFound: { editionId: 'x' },
  chapterNotFound: { chapterId: 'y' },
  editionFileMissing: { file: 'edition.json' },
  editionFileDamaged: { file: 'edition.json' },
  bookmarkNotFound: {},
  bookmarkExists: {},
  editionFull: { most: 5000 },
  versionGone: {},
  noEditionOpen: {},
  fileGone: {},
  'save.diskFull': {},
  'save.notAllowed': {},
  'save.failed': {},
  'readOnly.locked': { pid: '1', since: { iso: '2024-05-01T12:00:00.000Z' } },
  'readOnly.lockedElsewhere': { pid: '1', computer: 'laptop', since: { iso: '2024-05-01T12:00:00.000Z' } },
  'readOnly.lockedStarting': {},
  'readOnly.lockLost': {},
  'readOnly.folderNotWritable': {},
  'readOnly.folderIsFile': { folder: '/x' },
  'readOnly.isFolder': {},
  'readOnly.isPipe': {},
  'readOnly.isSocket': {},
  'readOnly.isDevice': {},
  'readOnly.notAFile': {},
  'readOnly.unreadable': {},
  'readOnly.cannotSetAside': {},
  'readOnly.brokenLink': {},
  'import.tooLarge': { megabytes: 64 },
  'import.notJson': {},
  'import.notAnnotations': {},
  'file.unopenable': { name: 'a.json' },
  'file.tooLarge': { name: 'a.json' },
  'file.notWritten': { name: 'a.md', folder: '/x' },
  'unavailable.saveDialog': {},
  'unavailable.openDialog': {},
  'unavailable.printing': {},
  'unavailable.pdf': {},
  'unavailable.clipboard': {},
  'unavailable.showInFolder': {},
  'item.notAnnotation': {},
  'item.noTarget': {},
  'item.notElshi': {},
  'item.noQuote': {},
  'item.emptyQuote': {},
  'item.quoteTooLong': { most: 4000 },
  'item.noteTooLong': { most: 10000 },
  'item.unreadable': {},
  'item.unknownEdition': { editionId: 'z' },
  'item.editionFull': { most: 5000 },
  'item.existing': {},
  'item.earlier': { item: 3 },
  'link.notText': {},
  'link.tooLong': {},
  'link.badCharacters': {},
  'link.notElshiLink': {},
  'link.encoded': {},
  'link.shape': {},
  'link.badIds': {},
  'link.badQuery': {},
  'link.badParagraph': {},
  'link.notInLibrary': {},
  'link.failed': {},
  'item.quoted': { quote: 'Almaty' },
  'item.numbered': { item: 2 },
  'notice.damaged.byteOrderMark': { file: 'bookmarks.json' },
  'notice.damaged.notText': { file: 'bookmarks.json' },
  'notice.damaged.cutShort': { file: 'bookmarks.json' },
  'notice.damaged.notElshi': { file: 'bookmarks.json' },
  'notice.damaged.checksum': { file: 'bookmarks.json' },
  'notice.damaged.invalid': { file: 'bookmarks.json' },
  'notice.damaged.duplicateIds': { file: 'bookmarks.json' },
  'notice.damaged.migration': { file: 'bookmarks.json' },
  'notice.keptAs': { name: 'bookmarks.damaged.json' },
  'notice.restoreHint': {},
  'notice.futureVersion': { file: 'bookmarks.json', name: 'bookmarks.v9.json' },
  'notice.missing': { file: 'bookmarks.json' },
  'notice.readableAgain': { name: 'bookmarks.v9.json' },
  'notice.migrated': { file: 'bookmarks.json', name: 'bookmarks.v1.json' },
  'notice.mergedDuplicates': { file: 'bookmarks.json', count: 3 },
  'notice.shown.file': { data: { store: 'bookmarks' } },
  'notice.shown.backup': { data: { store: 'settings' } },
  'notice.shown.history': { data: { store: 'positions' }, savedAt: { iso: '2026-12-01T10:00:00Z' } },
  'notice.shown.none': { data: { store: 'bookmarks' } }
}
const CODES = Object.keys(EXAMPLES) as ReasonCode[]
const placeholders = (params: object): string[] => Object.keys(params).sort()

describe('the codes main sends instead of sentences', () => {
  it('are exactly the messages of the errors area (none missing, none left over)', () => {
    const messages = codesIn(MAIN_MESSAGES.en.errors).filter((code) => !code.startsWith('stores.'))
    expect(messages.sort()).toEqual([...CODES].sort())
  })

  it.each(LOCALES)('%s: each code has a message with exactly its parameters as placeholders', (locale) => {
    for (const code of CODES) {
      const message = lookup(MAIN_MESSAGES[locale], reasonKey(code))
      expect(message, `${locale} ${code}`).toBeTruthy()
      expect(paramsOf(message ?? ''), `${locale} ${code}`).toEqual(placeholders(EXAMPLES[code]))
    }
  })

  it('are written in words with numbers, dates and data names in the interface language', () => {
    const say = (locale: 'en' | 'ru' | 'kk', r: Reason) => mainReasonText(locale, r)
    expect(say('en', reason('editionFull', { most: 5000 }))).toBe(
      'This edition already has 5,000 bookmarks, the most Elshi keeps for one edition.'
    )
    expect(say('ru', reason('editionFull', { most: 5000 }))).toContain('5\u00a0000 закладок')
    const history = reason('notice.shown.history', {
      data: { store: 'bookmarks' },
      savedAt: { iso: '2026-12-01T12:00:00Z' }
    })
    // The time is the machine's local time; the day is 1 December in every time zone from −11 to +11.
    expect(say('ru', history)).toMatch(
      /^Ваши закладки показаны по версии, сохранённой 1 декабря 2026 г\. в \d\d:\d\d; более поздние изменения могут отсутствовать\.$/
    )
    expect(say('kk', history)).toMatch(/^Бетбелгілеріңіз 2026 ж\. 1 желтоқсан/)
    const merged = (count: number) =>
      say('ru', reason('notice.mergedDuplicates', { file: 'bookmarks.json', count }))
    expect(merged(1)).toContain('объединена 1 запись')
    expect(merged(3)).toContain('объединены 3 записи')
    expect(merged(5)).toContain('объединены 5 записей')
  })
})
