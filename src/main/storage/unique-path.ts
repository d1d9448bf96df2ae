import { access } from 'node:fs/promises'

/** A timestamp usable in file names on every OS (no ':'), sortable like the ISO form it comes from. */
export function fileNameTimestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-')
}

const STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-\d+)?$/

/** The date in a name made by fileNameTimestamp (with an optional `-n` suffix), or null. */
export function parseFileNameTimestamp(text: string): Date | null {
  const match = STAMP.exec(text)
  if (!match) return null
  const [, day, h, m, s, ms] = match
  const date = new Date(`${day}T${h}:${m}:${s}.${ms}Z`)
  return Number.isNaN(date.getTime()) ? null : date
}

/**
 * `base`, or `base-2`, `base-3`, … if taken: a set-aside file must never replace an earlier one
 * (rename silently overwrites on POSIX).
 */
export async function uniquePath(base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`
    if (!(await exists(candidate))) return candidate
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false
  )
}
