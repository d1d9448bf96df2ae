import { describe, expect, it } from 'vitest'
import { createTranslator, formatMessage, paramsOf, parseMessage } from '../../../src/shared/i18n/format'

describe("main's message formatter", () => {
  it('fills named and positional parameters', () => {
    expect(formatMessage('en', 'About {appName}', { appName: 'Elshi' })).toBe('About Elshi')
    expect(formatMessage('en', '{0} of {1}', { 0: 3, 1: 9 })).toBe('3 of 9')
    expect(formatMessage('en', '{ name }!', { name: 'x' })).toBe('x!')
  })

  it('gives the count as {n} and {count}, and keeps explicit parameters', () => {
    expect(formatMessage('en', 'one | {count} in {book}', { book: 'A' }, 4)).toBe('4 in A')
    expect(formatMessage('en', 'one | {n} items', { n: '1 000' }, 1000)).toBe('1 000 items')
  })

  it('reads literals for the characters the syntax keeps', () => {
    expect(formatMessage('en', "mail{'@'}elshi.app {'{'}x{'}'} a{'|'}b")).toBe('mail@elshi.app {x} a|b')
  })

  it('shows a missing parameter as written', () => {
    expect(formatMessage('en', 'Hello {name}')).toBe('Hello {name}')
  })

  it('refuses what vue-i18n would read differently', () => {
    expect(() => parseMessage('write to a@b.c')).toThrow(SyntaxError)
    expect(() => parseMessage('@:menu.file')).toThrow(SyntaxError)
    expect(() => parseMessage('open {brace')).toThrow(SyntaxError)
    expect(() => parseMessage('stray } brace')).toThrow(SyntaxError)
    expect(() => parseMessage('{not a name}')).toThrow(SyntaxError)
  })

  it('lists parameters for the completeness tests', () => {
    expect(paramsOf('{n} of {total} | {n} of {total} in {book}')).toEqual(['book', 'n', 'total'])
  })

  it('translates dotted keys, falling back to English per key', () => {
    const en = { menu: { file: 'File', about: 'About {appName}' } }
    const t = createTranslator('ru', { menu: { file: 'Файл' } }, en)
    expect(t('menu.file')).toBe('Файл')
    expect(t('menu.about', { appName: 'Elshi' })).toBe('About Elshi')
  })
})
