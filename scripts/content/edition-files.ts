/**
 * Every file an edition names is resolved to its real path and must lie inside the edition's folder
 * (chapters inside its chapters/ folder, as .md) before a byte of it is read: a "../" path, an absolute
 * path or a symbolic link out of the folder is refused by name only, so no error can show what such a
 * file holds. A refused file is never opened.
 */
import { lstat, readFile, realpath, stat } from 'node:fs/promises'
import { isAbsolute, join, posix, relative, sep } from 'node:path'
import { ContentError } from './content-error'
import { quoted } from './quoted'

export interface EditionFile {
  /** The path to name in errors: the edition folder joined with the path as the manifest gives it. */
  readonly shown: string
  /** The resolved real path, the one that is read. */
  readonly real: string
  readonly size: number
}

/** Where a named file may lie: a subfolder of the edition (and an extension), or anywhere inside it. */
export interface Containment {
  readonly folder: '' | 'chapters'
  readonly extension?: string
  /** How the manifest's entry is named in errors, e.g. `chapter "chapters/x.md"`. */
  readonly what: string
}

const within = (root: string, path: string): boolean => {
  const rest = relative(root, path)
  return rest !== '' && rest.split(sep)[0] !== '..' && !isAbsolute(rest)
}

const placeOf = (rule: Containment): string => (rule.folder === '' ? 'the edition folder' : `${rule.folder}/`)

/** The lexical rule: a plain relative path with "/" separators that stays where the rule says. */
export function checkNamedPath(manifestFile: string, named: string, rule: Containment): string {
  const normal = posix.normalize(named)
  const fits =
    named !== '' &&
    !named.includes('\\') &&
    !named.includes('\0') &&
    !posix.isAbsolute(named) &&
    !isAbsolute(named) &&
    normal !== '..' &&
    !normal.startsWith('../') &&
    (rule.folder === '' || normal.startsWith(`${rule.folder}/`)) &&
    (rule.extension === undefined || normal.endsWith(rule.extension))
  if (!fits)
    throw new ContentError(
      manifestFile,
      `${rule.what} ${quoted(named)} must be a relative path with "/" to a ${rule.extension ?? ''}${rule.extension ? ' ' : ''}file inside ${placeOf(rule)}; it was not read`
    )
  return normal
}

/** Resolves one named file, or throws naming it; reads nothing. */
export async function resolveEditionFile(
  dir: string,
  manifestFile: string,
  named: string,
  rule: Containment
): Promise<EditionFile> {
  const normal = checkNamedPath(manifestFile, named, rule)
  const shown = join(dir, normal)
  const root = await realpath(dir)
  const real = await realpath(shown).catch(() => {
    throw new ContentError(shown, 'cannot be read (listed in edition.json but missing?)')
  })
  const allowedRoot = rule.folder === '' ? root : join(root, rule.folder)
  if (!within(allowedRoot, real))
    throw new ContentError(
      manifestFile,
      `${rule.what} ${quoted(named)} resolves to a file outside ${placeOf(rule)} (through a symbolic link); it was not read`
    )
  const info = await stat(real)
  if (!info.isFile()) throw new ContentError(shown, 'is not a regular file; it was not read')
  return { shown, real, size: info.size }
}

/** A file the edition has by convention (edition.json, annotations.json), or null when it is absent. */
export async function resolveOwnFile(dir: string, name: string): Promise<EditionFile | null> {
  const present = await lstat(join(dir, name)).then(
    () => true,
    () => false
  )
  if (!present) return null
  const root = await realpath(dir)
  const shown = join(dir, name)
  const real = await realpath(shown).catch(() => {
    throw new ContentError(shown, 'cannot be read (a symbolic link to nothing?)')
  })
  if (!within(root, real))
    throw new ContentError(
      shown,
      'resolves to a file outside the edition folder (through a symbolic link); it was not read'
    )
  const info = await stat(real)
  if (!info.isFile()) throw new ContentError(shown, 'is not a regular file; it was not read')
  return { shown, real, size: info.size }
}

export const readEditionBytes = (file: EditionFile): Promise<Buffer> => readFile(file.real)
