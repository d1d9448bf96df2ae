import { describe, expect, it } from 'vitest'
import { formatMessage } from '../../../src/shared/i18n/format'
import { pluralIndex, vueI18nPluralRule } from '../../../src/shared/i18n/plural'

const ru = '{n} закладка | {n} закладки | {n} закладок'

describe('plural forms', () => {
  it('Russian: one, few, many as Russian counts them', () => {
    const forms = [0, 1, 2, 5, 11, 21, 101, 22, 112, 1000].map((n) => formatMessage('ru', ru, {}, n))
    expect(forms).toEqual([
      '0 закладок',
      '1 закладка',
      '2 закладки',
      '5 закладок',
      '11 закладок',
      '21 закладка',
      '101 закладка',
      '22 закладки',
      '112 закладок',
      '1000 закладок'
    ])
  })

  it('Russian fractions take the "few" form', () => {
    expect(pluralIndex('ru', 1.5)).toBe(1)
  })

  it('English: one and other, zero is plural', () => {
    const message = '1 bookmark | {n} bookmarks'
    expect([0, 1, 2, 21].map((n) => formatMessage('en', message, {}, n))).toEqual([
      '0 bookmarks',
      '1 bookmark',
      '2 bookmarks',
      '21 bookmarks'
    ])
  })

  it('Kazakh: one and other', () => {
    const message = 'бір бетбелгі | {n} бетбелгі'
    expect([1, 2, 5, 21].map((n) => formatMessage('kk', message, {}, n))).toEqual([
      'бір бетбелгі',
      '2 бетбелгі',
      '5 бетбелгі',
      '21 бетбелгі'
    ])
  })

  it('gives vue-i18n the same choice, within the forms a message has', () => {
    const rule = vueI18nPluralRule('ru')
    expect([1, 3, 5].map((n) => rule(n, 3))).toEqual([0, 1, 2])
    expect(rule(5, 1)).toBe(0)
    expect(vueI18nPluralRule('en')(0, 2)).toBe(1)
  })
})
