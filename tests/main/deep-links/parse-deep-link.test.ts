import { describe, expect, it } from 'vitest'
import {
  deepLinkInArgv,
  MAX_DEEP_LINK_LENGTH,
  parseDeepLink
} from '../../../src/main/deep-links/parse-deep-link'

const passage = (editionId: string, chapterId: string, paragraphId: string | null = null) => ({
  ok: true,
  passage: { editionId, chapterId, paragraphId }
})

describe('valid elshi:// links', () => {
  it.each([
    [
      'elshi://diplomatic-service-at-30/nuclear?p=nuclear-2',
      passage('diplomatic-service-at-30', 'nuclear', 'nuclear-2')
    ],
    ['elshi://diplomatic-service-at-30/nuclear', passage('diplomatic-service-at-30', 'nuclear')],
    // Windows may add a trailing slash to a link it hands over.
    ['elshi://diplomatic-service-at-30/nuclear/', passage('diplomatic-service-at-30', 'nuclear')],
    ['ELSHI://e1/c2?p=p3', passage('e1', 'c2', 'p3')]
  ])('%s', (link, expected) => {
    expect(parseDeepLink(link)).toEqual(expected)
  })
})

describe('malformed links are refused with a reason', () => {
  it.each([
    ['', 'badCharacters'],
    ['elshi://', 'shape'],
    ['elshi://edition', 'shape'],
    ['elshi://edition/', 'shape'],
    ['elshi:///chapter', 'badIds'],
    ['elshi://edition//', 'badIds'],
    ['elshi://edition/chapter?', 'badQuery'],
    ['elshi://edition/chapter?p=', 'badParagraph'],
    ['elshi://edition/chapter?q=word', 'badQuery'],
    ['elshi://Edition/Chapter', 'badIds'],
    ['elshi://edition/chapter_1', 'badIds'],
    ['elshi://-edition/chapter', 'badIds'],
    ['elshi:edition/chapter', 'notElshiLink']
  ])('%j', (link, reason) => {
    expect(parseDeepLink(link)).toEqual({ ok: false, reason })
  })

  it('refuses what is not text', () => {
    for (const value of [null, undefined, 42, ['elshi://a/b'], { href: 'elshi://a/b' }])
      expect(parseDeepLink(value)).toEqual({ ok: false, reason: 'notText' })
  })
})

describe('hostile links never parse', () => {
  it.each([
    // Another scheme, or a scheme that only starts like ours.
    'https://example.com/edition/chapter',
    'file:///etc/passwd',
    'javascript:alert(1)//elshi://a/b',
    'elshix://edition/chapter',
    'elsh://edition/chapter',
    // Traversal, plain, encoded and with backslashes.
    'elshi://edition/../chapter',
    'elshi://../../etc/passwd',
    'elshi://edition/%2e%2e',
    'elshi://edition/chapter?p=%2e%2e%2fsecret',
    'elshi://edition\\..\\chapter',
    'elshi://./chapter',
    // Extra parts: more segments, several queries, a fragment, credentials, a port.
    'elshi://edition/chapter/paragraph',
    'elshi://edition/chapter?p=a&p=b',
    'elshi://edition/chapter?p=a&evil=1',
    'elshi://edition/chapter?p=a#x',
    'elshi://user@edition/chapter',
    'elshi://edition:8080/chapter',
    'elshi://edition/chapter?p=a?p=b',
    // Unicode tricks: look-alike letters, full-width solidus, direction override, zero-width space.
    'elshi://еdition/chapter',
    'elshi://edition／chapter',
    'elshi://edition/chapter\u202e',
    'elshi://edi\u200btion/chapter',
    'elshi://edition/chapter\u0000',
    // Whitespace and control characters, e.g. a command line smuggled in.
    'elshi://edition/chapter --inspect=9229',
    'elshi://edition/chapter\n--no-sandbox',
    '\telshi://edition/chapter'
  ])('%j', (link) => {
    expect(parseDeepLink(link).ok).toBe(false)
  })

  it('refuses an over-long link before reading it, and ids longer than the slug rule allows', () => {
    const long = `elshi://edition/chapter?p=${'a'.repeat(MAX_DEEP_LINK_LENGTH)}`
    expect(parseDeepLink(long)).toEqual({ ok: false, reason: 'tooLong' })
    const longId = `elshi://${'e'.repeat(121)}/chapter`
    expect(parseDeepLink(longId).ok).toBe(false)
    expect(parseDeepLink(`elshi://${'e'.repeat(120)}/chapter`).ok).toBe(true)
  })
})

describe('links on a command line', () => {
  it('finds the link among Chromium’s switches, wherever it is', () => {
    const argv = ['/opt/Elshi/elshi', '--allow-file-access-from-files', 'elshi://e/c?p=x', '--flag']
    expect(deepLinkInArgv(argv)).toBe('elshi://e/c?p=x')
    expect(deepLinkInArgv(['C:\\Elshi\\Elshi.exe', 'ELSHI://e/c'])).toBe('ELSHI://e/c')
  })

  it('finds none on a plain launch', () => {
    expect(deepLinkInArgv(['/opt/Elshi/elshi', '.', '--no-sandbox'])).toBeNull()
  })
})
