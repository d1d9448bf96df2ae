import { describe, expect, it } from 'vitest'
import { parseMessage, type MessageTree } from '../../../src/shared/i18n/format'
import { LOCALES } from '../../../src/shared/i18n/locales'
import { MESSAGES } from '../../../src/shared/i18n/messages'
import { PLURAL_FORMS } from '../../../src/shared/i18n/plural'

function* leaves(tree: MessageTree, prefix = ''): Generator<[string, string]> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') yield [path, value]
    else yield* leaves(value, path)
  }
}

describe('the message files', () => {
  it.each(LOCALES)('%s: every message is non-empty and in the syntax main and vue-i18n share', (locale) => {
    for (const [key, message] of leaves(MESSAGES[locale])) {
      expect(message.trim(), key).not.toBe('')
      expect(() => parseMessage(message), key).not.toThrow()
    }
  })

  it.each(LOCALES)('%s: a plural message has the forms its language has', (locale) => {
    for (const [key, message] of leaves(MESSAGES[locale])) {
      const forms = parseMessage(message).length
      if (forms > 1) expect(forms, key).toBe(PLURAL_FORMS[locale].length)
    }
  })
})
