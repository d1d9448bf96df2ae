/**
 * Every message exists in English, Russian and Kazakh, with the same placeholders (a translation that
 * drops {file} or renames it would show a hole or the raw braces), and a counted message has plural
 * forms in every language, as many as that language has.
 */
import { describe, expect, it } from 'vitest'
import { paramsOf, parseMessage, type MessageTree } from '../../../src/shared/i18n/format'
import { MESSAGES } from '../../../src/shared/i18n/messages'
import { PLURAL_FORMS } from '../../../src/shared/i18n/plural'

function leaves(tree: MessageTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [k, v] of leaves(value, path)) out.set(k, v)
  }
  return out
}

const en = leaves(MESSAGES.en)
const others = (['ru', 'kk'] as const).map((locale) => [locale, leaves(MESSAGES[locale])] as const)

describe('every message in every language', () => {
  it('has messages at all (the files are loaded)', () => {
    expect(en.size).toBeGreaterThan(200)
  })

  it.each(others)('%s has exactly the English keys', (_locale, messages) => {
    expect([...messages.keys()].sort()).toEqual([...en.keys()].sort())
  })

  it.each(others)('%s uses the same placeholders as English', (_locale, messages) => {
    for (const [key, source] of en) expect(paramsOf(messages.get(key) ?? ''), key).toEqual(paramsOf(source))
  })

  it.each(others)('%s has plural forms wherever English counts, as many as it has', (locale, messages) => {
    for (const [key, source] of en) {
      const counted = parseMessage(source).length > 1
      const forms = parseMessage(messages.get(key) ?? '').length
      expect(forms, key).toBe(counted ? PLURAL_FORMS[locale].length : 1)
    }
  })

  it('English counted messages have its two forms', () => {
    for (const [key, source] of en) {
      const forms = parseMessage(source).length
      if (forms > 1) expect(forms, key).toBe(PLURAL_FORMS.en.length)
    }
  })
})
