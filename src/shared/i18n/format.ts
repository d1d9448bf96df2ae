/**
 * Main's message formatter: the part of vue-i18n's message syntax Elshi's message files use, so main
 * (menu, dialogs, notifications) and the renderer (vue-i18n) read the same files the same way, without
 * bundling vue-i18n's compiler into main:
 * - `{name}` a named parameter (`{0}` a positional one); with a count, `{n}` and `{count}` are the count;
 * - `{'…'}` literal text, for the characters the syntax keeps: `{'{'}`, `{'}'}`, `{'|'}`, `{'@'}`;
 * - `a | b | c` plural forms, chosen by `pluralIndex` (./plural.ts), spaces around `|` trimmed.
 * Linked messages (`@:key`) and modifiers are not used: the parser refuses them, so a message that
 * vue-i18n would read differently cannot slip into the files (tests parse every message).
 */
import type { Locale } from './locales'
import { pluralIndex } from './plural'

type Part = { readonly text: string } | { readonly param: string }
export type ParsedMessage = readonly (readonly Part[])[]
export type MessageParams = Readonly<Record<string, string | number>>

/** A message tree as the files hold it: areas, then nested keys, strings at the leaves. */
export interface MessageTree {
  readonly [key: string]: string | MessageTree
}

/** Every dotted path to a string in a message tree: `'menu.file'`, `'errors.storage.unreadable'`. */
export type MessageKey<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${MessageKey<T[K]>}`
}[keyof T & string]

const PARAM = /^(?:[A-Za-z_][\w-]*|\d+)$/

/** Splits a message into its plural forms and their parts; throws on syntax vue-i18n reads otherwise. */
export function parseMessage(source: string): ParsedMessage {
  const forms: Part[][] = [[]]
  let text = ''
  const flush = (): void => {
    if (text) forms[forms.length - 1]?.push({ text })
    text = ''
  }
  for (let i = 0; i < source.length; i++) {
    const char = source[i]
    if (char === '{') {
      // A literal may itself hold "}" ({'}'}): it ends at the quote before the brace.
      const quoted = source[i + 1] === "'"
      const end = quoted ? source.indexOf("'}", i + 2) + 1 : source.indexOf('}', i)
      if (end < (quoted ? 1 : 0)) throw new SyntaxError(`Unclosed "{" in message: ${source}`)
      const inner = source.slice(i + 1, end).trim()
      const literal = /^'(.*)'$/s.exec(inner)
      if (literal) text += literal[1]
      else if (PARAM.test(inner)) {
        flush()
        forms[forms.length - 1]?.push({ param: inner })
      } else throw new SyntaxError(`Unreadable placeholder "{${inner}}" in message: ${source}`)
      i = end
    } else if (char === '}') throw new SyntaxError(`Stray "}" in message: ${source}`)
    else if (char === '@') throw new SyntaxError(`"@" must be written {'@'} (no linked messages): ${source}`)
    else if (char === '|') {
      flush()
      forms.push([])
    } else text += char
  }
  flush()
  return forms.map((parts, index) => trimForm(parts, forms.length > 1 && index > 0, forms.length > 1))
}

/** vue-i18n trims the spaces around `|`; a single-form message keeps its text as written. */
function trimForm(parts: Part[], trimStart: boolean, trimEnd: boolean): Part[] {
  const out = [...parts]
  const first = out[0]
  if (trimStart && first && 'text' in first) out[0] = { text: first.text.trimStart() }
  const last = out[out.length - 1]
  if (trimEnd && last && 'text' in last) out[out.length - 1] = { text: last.text.trimEnd() }
  return out.filter((part) => !('text' in part) || part.text !== '')
}

/** The names of a message's parameters, per form (for the completeness tests). */
export function paramsOf(source: string): string[] {
  const names = new Set<string>()
  for (const form of parseMessage(source)) for (const part of form) if ('param' in part) names.add(part.param)
  return [...names].sort()
}

const parsed = new Map<string, ParsedMessage>()

/** One message in `locale`: its plural form for `count` (when it has forms), parameters filled in. */
export function formatMessage(
  locale: Locale,
  source: string,
  params: MessageParams = {},
  count?: number
): string {
  let message = parsed.get(source)
  if (!message) {
    message = parseMessage(source)
    parsed.set(source, message)
  }
  const index = message.length > 1 && count !== undefined ? pluralIndex(locale, count) : 0
  const form = message[Math.min(index, message.length - 1)] ?? []
  const values: MessageParams = count === undefined ? params : { n: count, count, ...params }
  return form
    .map((part) => {
      if ('text' in part) return part.text
      const value = values[part.param]
      // A missing parameter shows as written, so the slip is visible rather than a silent blank.
      return value === undefined ? `{${part.param}}` : String(value)
    })
    .join('')
}

/** The string at a dotted key, or undefined. */
export function lookup(tree: MessageTree, key: string): string | undefined {
  let node: string | MessageTree | undefined = tree
  for (const segment of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined
    node = node[segment]
  }
  return typeof node === 'string' ? node : undefined
}

export type Translate<T> = (key: MessageKey<T>, params?: MessageParams, count?: number) => string

/** `t(key, params?, count?)` over one locale's messages, falling back to `fallback` (English) per key. */
export function createTranslator<T extends MessageTree>(
  locale: Locale,
  messages: MessageTree,
  fallback: T
): Translate<T> {
  return (key, params, count) => {
    const source = lookup(messages, key) ?? lookup(fallback, key)
    return source === undefined ? key : formatMessage(locale, source, params, count)
  }
}
