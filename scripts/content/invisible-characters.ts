/**
 * Characters that change how text displays without being seen: bidirectional controls can reorder a
 * line (a name that reads one way and is another), zero-width characters hide inside words and break
 * search. The build refuses them unless the manifest allows one for a script that needs it (a zero-width
 * non-joiner in Persian, a right-to-left mark in Hebrew), and then only next to a letter of that script.
 */
import * as v from 'valibot'
import { ContentError } from './content-error'

const BIDI: Record<number, string> = {
  0x061c: 'ARABIC LETTER MARK',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE'
}
const ZERO_WIDTH: Record<number, string> = {
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE'
}
const NAMES: Record<number, string> = { ...BIDI, ...ZERO_WIDTH }
const INVISIBLE = /[\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu

export const codePointName = (code: number): string => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`

const isUnicodeScript = (name: string): boolean => {
  if (!/^[A-Za-z_]+$/u.test(name)) return false
  try {
    new RegExp(`\\p{Script=${name}}`, 'u')
    return true
  } catch {
    return false
  }
}

/** The manifest's "allowedControls": which invisible character may stand next to which script. */
export const AllowedControlsSchema = v.optional(
  v.array(
    v.strictObject({
      character: v.pipe(
        v.string(),
        v.check(
          (text) => Object.keys(NAMES).some((code) => codePointName(Number(code)) === text),
          `must be one of the invisible characters the build refuses, written like "U+200C": ${Object.keys(
            NAMES
          )
            .map((code) => codePointName(Number(code)))
            .join(', ')}`
        )
      ),
      script: v.pipe(
        v.string(),
        v.check(isUnicodeScript, 'must be a Unicode script name such as "Arabic", "Hebrew" or "Devanagari"')
      )
    })
  ),
  []
)

export type AllowedControls = v.InferOutput<typeof AllowedControlsSchema>

function allowedHere(text: string, at: number, code: number, allowed: AllowedControls): boolean {
  // The neighbours as whole characters: a letter outside the BMP is two UTF-16 units.
  const before = Array.from(text.slice(Math.max(0, at - 2), at)).at(-1) ?? ' '
  const after = Array.from(text.slice(at + 1, at + 3)).at(0) ?? ' '
  return allowed.some(({ character, script }) => {
    if (character !== codePointName(code)) return false
    const letter = new RegExp(`\\p{Script=${script}}`, 'u')
    return letter.test(before) || letter.test(after)
  })
}

/** The first invisible character of `text` the manifest does not allow, or null. */
export function firstInvisible(
  text: string,
  allowed: AllowedControls
): { readonly at: number; readonly code: number } | null {
  for (const match of text.matchAll(INVISIBLE)) {
    const code = match[0].codePointAt(0)!
    if (!allowedHere(text, match.index, code, allowed)) return { at: match.index, code }
  }
  return null
}

/** "invisible bidirectional control U+202E (RIGHT-TO-LEFT OVERRIDE) is not allowed; …". */
export function invisibleProblem(code: number): string {
  const what = code in BIDI ? 'bidirectional control' : 'zero-width character'
  return `invisible ${what} ${codePointName(code)} (${NAMES[code]}) is not allowed; remove it, or, if the edition's script needs it, allow it for that script in edition.json "allowedControls"`
}

/** Throws naming the line (and column) of the first invisible character the manifest does not allow. */
export function checkInvisibleCharacters(file: string, text: string, allowed: AllowedControls): void {
  const found = firstInvisible(text, allowed)
  if (!found) return
  const lineStart = text.lastIndexOf('\n', found.at - 1) + 1
  const line = text.slice(0, found.at).split('\n').length
  throw new ContentError(
    file,
    `line ${line}, column ${found.at - lineStart + 1}: ${invisibleProblem(found.code)}`
  )
}

/**
 * A JSON string can write a character as an escape ("\u202e") that the file's own text check never
 * sees; the parsed strings are checked again. Returns the dotted path of the first offending string.
 */
export function invisibleInStrings(
  value: unknown,
  allowed: AllowedControls,
  path = ''
): { readonly path: string; readonly code: number } | null {
  if (typeof value === 'string') {
    const found = firstInvisible(value, allowed)
    return found ? { path, code: found.code } : null
  }
  if (typeof value !== 'object' || value === null) return null
  for (const [key, item] of Object.entries(value)) {
    const found = invisibleInStrings(item, allowed, path === '' ? key : `${path}.${key}`)
    if (found) return found
  }
  return null
}
