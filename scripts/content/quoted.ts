/**
 * Names from an edition (a file name, an id, a path as the manifest gives it) made safe to print in an
 * error: invisible and bidirectional characters are written as \u escapes, so a name such as
 * "\u202Eevil" cannot reorder the line it is printed on, and a quoted name is cut short so a hostile one
 * cannot flood the terminal.
 */
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu

export const escapeHidden = (text: string): string =>
  text.replace(HIDDEN, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)

export function quoted(text: string, max = 80): string {
  const short = text.length > max ? `${text.slice(0, max)}…` : text
  return `"${escapeHidden(short.replace(/["\\]/gu, '\\$&'))}"`
}
