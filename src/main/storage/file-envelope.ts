import * as v from 'valibot'

/**
 * Every data file is `{ schemaVersion, data }`. A definition says what the current version's data
 * looks like and how to bring older versions up to it, one step at a time.
 */
export interface JsonFileDefinition<T> {
  /** File name inside the data folder, e.g. 'bookmarks.json'. */
  name: string
  version: number
  schema: v.GenericSchema<unknown, T>
  /** `migrations[n]` turns version-n data into version n+1 data; it may throw on data it cannot read. */
  migrations: Readonly<Record<number, (data: unknown) => unknown>>
  empty: () => T
}

export type Decoded<T> =
  | { ok: true; data: T; version: number }
  | { ok: false; problem: 'unreadable'; reason: string }
  | { ok: false; problem: 'future-version'; version: number }

const EnvelopeSchema = v.object({
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  data: v.unknown()
})

export function encodeFile<T>(definition: JsonFileDefinition<T>, data: T): string {
  return JSON.stringify({ schemaVersion: definition.version, data })
}

export function decodeFile<T>(definition: JsonFileDefinition<T>, text: string): Decoded<T> {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    return unreadable(`it is not valid JSON, perhaps cut short (${describe(error)})`)
  }
  const envelope = v.safeParse(EnvelopeSchema, raw)
  if (!envelope.success) return unreadable('it has no schemaVersion and data')
  const { schemaVersion } = envelope.output
  if (schemaVersion > definition.version)
    return { ok: false, problem: 'future-version', version: schemaVersion }

  let data = envelope.output.data
  for (let from = schemaVersion; from < definition.version; from++) {
    const migrate = definition.migrations[from]
    if (!migrate) return unreadable(`there is no migration from version ${from}`)
    try {
      data = migrate(data)
    } catch (error) {
      return unreadable(`migrating it from version ${from} failed (${describe(error)})`)
    }
  }
  const parsed = v.safeParse(definition.schema, data)
  if (!parsed.success) return unreadable(`its content is not valid (${summarizeIssues(parsed.issues)})`)
  return { ok: true, data: parsed.output, version: schemaVersion }
}

export function summarizeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${v.getDotPath(issue) ?? 'value'}: ${issue.message}`)
    .join('; ')
}

function unreadable(reason: string): Decoded<never> {
  return { ok: false, problem: 'unreadable', reason }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
