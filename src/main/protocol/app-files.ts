/**
 * Maps a requested path to a file inside the built renderer folder, or refuses it. Refused: anything
 * that tries to climb out (`..` or `.` segments, also percent-encoded, backslashes, NUL), a path whose
 * real location (after symlinks) is outside the folder, a folder, and a missing file. Refusal is one
 * answer, "not found", so a page cannot probe the disk. Plain Node: the Electron adapter and the
 * browser harness share it.
 */
import { realpath as realpathCallback, stat as statCallback } from 'node:fs'
import { extname, join, sep } from 'node:path'
import { promisify } from 'node:util'
import { mimeTypeOf } from './mime-types'

// The callback forms: Electron's asar support patches them, so this works inside app.asar too.
const realpath = promisify(realpathCallback)
const stat = promisify(statCallback)

export type AppFile =
  { readonly found: true; readonly path: string; readonly mimeType: string } | { readonly found: false }

const NOT_FOUND: AppFile = { found: false }

/** The path's segments, decoded, or null when the path is malformed or tries to leave the folder. */
export function safeSegments(rawPath: string): string[] | null {
  const path = rawPath.replace(/[?#].*$/s, '')
  if (/\\|%5c/i.test(path)) return null
  let decoded: string
  try {
    decoded = decodeURIComponent(path)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const segments = decoded.split('/').filter((segment) => segment !== '')
  if (segments.some((segment) => segment === '.' || segment === '..')) return null
  return segments
}

async function realPathOrNull(path: string): Promise<string | null> {
  try {
    return await realpath(path)
  } catch {
    return null
  }
}

export async function resolveAppFile(rootDir: string, rawPath: string): Promise<AppFile> {
  const segments = safeSegments(rawPath)
  if (!segments) return NOT_FOUND
  const requested = segments.length === 0 ? ['index.html'] : segments
  const root = await realPathOrNull(rootDir)
  const real = await realPathOrNull(join(rootDir, ...requested))
  if (!root || !real || !real.startsWith(root + sep)) return NOT_FOUND
  const isFile = await stat(real).then(
    (s) => s.isFile(),
    () => false
  )
  if (!isFile) return NOT_FOUND
  return { found: true, path: real, mimeType: mimeTypeOf(extname(requested.at(-1) ?? '')) }
}
