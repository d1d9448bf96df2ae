import { join } from 'node:path'
import type { DataVersion, DataVersionKind } from '../../shared/storage/versions'
import type { JsonFileDefinition } from './file-envelope'
import type { FsLayer } from './fs-layer'
import { HISTORY_FOLDER, listHistory } from './history'
import { readDataFile } from './read-data-file'

/** Every version of one data file on disk, newest first after the current file, for Restore…. */
export async function listVersions<T>(
  fs: FsLayer,
  dir: string,
  definition: JsonFileDefinition<T>
): Promise<DataVersion[]> {
  const { name } = definition
  const found: { id: string; kind: DataVersionKind; savedAt?: Date }[] = [
    { id: name, kind: 'current' },
    { id: `${name}.bak`, kind: 'backup' }
  ]
  for (const entry of await listHistory(fs, dir, name))
    found.push({ id: `${HISTORY_FOLDER}/${entry.fileName}`, kind: 'history', savedAt: entry.savedAt })
  for (const entry of await fs.readdir(dir).catch(() => [])) {
    const kind = setAsideKind(name, entry)
    if (kind) found.push({ id: entry, kind })
  }
  const versions: DataVersion[] = []
  for (const { id, kind, savedAt } of found) {
    const path = join(dir, id)
    const stats = await fs.lstat(path).catch(() => null)
    if (!stats) continue
    const read = await readDataFile(fs, definition, path)
    const data = read.state === 'read' && read.decoded.ok ? read.decoded.data : null
    versions.push({
      id,
      kind,
      savedAt: (savedAt ?? stats.mtime).toISOString(),
      count: data === null ? null : (definition.count?.(data) ?? null),
      readable: data !== null
    })
  }
  const [current, ...rest] = versions
  rest.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0))
  return current?.kind === 'current' ? [current, ...rest] : versions
}

/** The data of a version this module listed, or null if the id is not one or it cannot be read. */
export async function readVersion<T>(
  fs: FsLayer,
  dir: string,
  definition: JsonFileDefinition<T>,
  id: string
): Promise<T | null> {
  const listed = await listVersions(fs, dir, definition)
  if (!listed.some((version) => version.id === id && version.readable)) return null
  const read = await readDataFile(fs, definition, join(dir, id))
  return read.state === 'read' && read.decoded.ok ? read.decoded.data : null
}

function setAsideKind(name: string, entry: string): DataVersionKind | null {
  const rest = entry.startsWith(`${name}.`) ? entry.slice(name.length + 1) : null
  if (rest === null || rest.includes('.tmp-')) return null
  if (/^(bak\.)?corrupt-/.test(rest)) return 'damaged'
  if (/^(bak\.)?future-/.test(rest)) return 'newer-version'
  if (/^v\d+-/.test(rest)) return 'before-upgrade'
  return null
}
