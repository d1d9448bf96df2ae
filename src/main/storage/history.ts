import { join } from 'node:path'
import type { FsLayer } from './fs-layer'
import { fileNameTimestamp, parseFileNameTimestamp } from './unique-path'

/**
 * Earlier good versions of a data file, in `<data folder>/history/<name>.<time>`: the last `keep`
 * saves, plus the newest of each day for `days` days, within `budgetBytes` (the newest always stays).
 * Each entry is a hard link to the file as it was (no copy) where the file system allows.
 */
export interface HistoryPolicy {
  keep: number
  days: number
  budgetBytes: number
}

export const DEFAULT_HISTORY: HistoryPolicy = { keep: 10, days: 7, budgetBytes: 20 * 1024 * 1024 }
export const HISTORY_FOLDER = 'history'

export interface HistoryEntry {
  fileName: string
  savedAt: Date
  size: number
}

export async function listHistory(fs: FsLayer, dataDir: string, name: string): Promise<HistoryEntry[]> {
  const dir = join(dataDir, HISTORY_FOLDER)
  const names = await fs.readdir(dir).catch(() => [])
  const entries: HistoryEntry[] = []
  for (const fileName of names) {
    if (!fileName.startsWith(`${name}.`)) continue
    const savedAt = parseFileNameTimestamp(fileName.slice(name.length + 1))
    if (!savedAt) continue
    const stats = await fs.stat(join(dir, fileName)).catch(() => null)
    if (stats?.isFile()) entries.push({ fileName, savedAt, size: stats.size })
  }
  return entries.sort(
    (a, b) => b.savedAt.getTime() - a.savedAt.getTime() || (a.fileName < b.fileName ? 1 : -1)
  )
}

/** A free name for a history entry of `name` saved at `now`. */
export async function historyPathFor(fs: FsLayer, dataDir: string, name: string, now: Date): Promise<string> {
  const dir = join(dataDir, HISTORY_FOLDER)
  await fs.mkdir(dir)
  const base = join(dir, `${name}.${fileNameTimestamp(now)}`)
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`
    if (
      !(await fs.lstat(candidate).then(
        () => true,
        () => false
      ))
    )
      return candidate
  }
}

/** Which entries the policy keeps, newest first. Pure, so the policy is tested without files. */
export function entriesToKeep(
  entries: readonly HistoryEntry[],
  policy: HistoryPolicy,
  now: Date
): HistoryEntry[] {
  const sorted = [...entries].sort((a, b) => b.savedAt.getTime() - a.savedAt.getTime())
  const wanted = new Set(sorted.slice(0, policy.keep))
  const since = now.getTime() - policy.days * 24 * 60 * 60 * 1000
  const days = new Set<string>()
  for (const entry of sorted) {
    const day = entry.savedAt.toISOString().slice(0, 10)
    if (entry.savedAt.getTime() >= since && !days.has(day)) wanted.add(entry)
    days.add(day)
  }
  let total = 0
  return sorted.filter((entry, index) => {
    if (!wanted.has(entry)) return false
    total += entry.size
    return index === 0 || total <= policy.budgetBytes
  })
}

export async function pruneHistory(
  fs: FsLayer,
  dataDir: string,
  name: string,
  policy: HistoryPolicy,
  now: Date
): Promise<void> {
  const entries = await listHistory(fs, dataDir, name)
  const keep = new Set(entriesToKeep(entries, policy, now).map((e) => e.fileName))
  for (const entry of entries)
    if (!keep.has(entry.fileName)) await fs.remove(join(dataDir, HISTORY_FOLDER, entry.fileName))
}
