import { createHash } from 'node:crypto'
import * as v from 'valibot'
import type { StoreName } from './notices'

/**
 * Every data file is `{ schemaVersion, sha256, data }`, the checksum taken over the version and the
 * data as written, so a flipped bit, a cut-short file or another program's edit is found instead of
 * being read as different bookmarks. A definition says what the current version's data looks like and
 * how to bring older versions up to it, one step at a time. Files written before checksums existed
 * (`{ schemaVersion, data }` and nothing else) are still read, and get a checksum at the next save.
 */
export interface JsonFileDefinition<T> {
  /** File name inside the data folder, e.g. 'bookmarks.json'. */
  name: string
  /** What the file holds, named in the reader's language by the notices ("Your bookmarks"). */
  store: StoreName
  version: number
  schema: v.GenericSchema<unknown, T>
  /** `migrations[n]` turns version-n data into version n+1 data; it may throw on data it cannot read. */
  migrations: Readonly<Record<number, (data: unknown) => unknown>>
  empty: () => T
  /** Records with an id: two with one id are damage in a checked file, and merged in an older one. */
  records?: { ids: (data: T) => readonly string[]; mergeDuplicates: (data: T) => T }
  /** How many records the file holds, for the Restore list (e.g. bookmarks). */
  count?: (data: T) => number
}

/** Why a file cannot be trusted; notices turn each into plain words. */
export type Damage =
  | 'byte-order-mark'
  | 'not-text'
  | 'cut-short'
  | 'not-elshi'
  | 'checksum'
  | 'invalid'
  | 'duplicate-ids'
  | 'migration'

export type Decoded<T> =
  | { ok: true; data: T; version: number; checked: boolean; merged: number }
  | { ok: false; problem: 'damaged'; damage: Damage }
  | { ok: false; problem: 'future-version'; version: number }

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

export function checksumOf(version: number, payload: string): string {
  return createHash('sha256').update(`${version}:${payload}`, 'utf8').digest('hex')
}

export function encodeFile<T>(definition: JsonFileDefinition<T>, data: T): string {
  const payload = JSON.stringify(data)
  const sha256 = checksumOf(definition.version, payload)
  return `{"schemaVersion":${definition.version},"sha256":"${sha256}","data":${payload}}`
}

const LEGACY_KEYS = 'data,schemaVersion'
const CHECKED_KEYS = 'data,schemaVersion,sha256'

export function decodeFile<T>(definition: JsonFileDefinition<T>, bytes: Uint8Array | string): Decoded<T> {
  let text: string
  if (typeof bytes === 'string') text = bytes
  else {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return damaged('byte-order-mark')
    try {
      text = utf8.decode(bytes)
    } catch {
      return damaged('not-text')
    }
  }
  if (text.charCodeAt(0) === 0xfeff) return damaged('byte-order-mark')
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return damaged('cut-short')
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return damaged('not-elshi')
  const keys = Object.keys(raw).sort().join(',')
  const fields = new Map(Object.entries(raw))
  const schemaVersion = fields.get('schemaVersion')
  if (!(keys === LEGACY_KEYS || keys === CHECKED_KEYS) || !isVersion(schemaVersion))
    return damaged('not-elshi')
  const checked = keys === CHECKED_KEYS
  // Re-serializing gives back exactly what encodeFile hashed, whatever spacing the file has now.
  if (checked && fields.get('sha256') !== checksumOf(schemaVersion, JSON.stringify(fields.get('data'))))
    return damaged('checksum')
  if (schemaVersion > definition.version)
    return { ok: false, problem: 'future-version', version: schemaVersion }

  let data = fields.get('data')
  for (let from = schemaVersion; from < definition.version; from++) {
    const migrate = definition.migrations[from]
    if (!migrate) return damaged('migration')
    try {
      data = migrate(data)
    } catch {
      return damaged('migration')
    }
  }
  const parsed = v.safeParse(definition.schema, data)
  if (!parsed.success) return damaged('invalid')
  const records = definition.records
  if (!records || !hasDuplicates(records.ids(parsed.output)))
    return { ok: true, data: parsed.output, version: schemaVersion, checked, merged: 0 }
  // A file Elshi checksummed never holds duplicates: something else wrote them. An older file might.
  if (checked && schemaVersion === definition.version) return damaged('duplicate-ids')
  const merged = records.mergeDuplicates(parsed.output)
  const lost = records.ids(parsed.output).length - records.ids(merged).length
  return { ok: true, data: merged, version: schemaVersion, checked, merged: lost }
}

function isVersion(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1
}

function hasDuplicates(ids: readonly string[]): boolean {
  return new Set(ids).size !== ids.length
}

function damaged(damage: Damage): Decoded<never> {
  return { ok: false, problem: 'damaged', damage }
}

/** Validator issues for logs and developers: never shown to the reader (see notices and plain-error). */
export function summarizeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${v.getDotPath(issue) ?? 'value'}: ${truncate(issue.message, 160)}`)
    .join('; ')
}

/** Received values can be megabytes: error messages quote at most a few dozen characters of one. */
export function truncate(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`
}
