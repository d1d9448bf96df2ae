/**
 * The editors' annotations file (annotations.json), as written by hand. Strict like the manifest: an
 * unknown field is a typo until proven otherwise. Every problem names the annotation by its id.
 */
import * as v from 'valibot'
import { ANNOTATION_KINDS } from '../../src/shared/edition'
import { ContentError, parseJsonSource } from './content-error'
import { LIMITS, overCount } from './limits'

const NonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'))
const Slug = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes')
)

/** A year, or a real calendar day: "2006" or "2006-09-08" (not "2006-02-30"). */
export function isEditionDate(text: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})-(\d{2}))?$/u.exec(text)
  if (!match) return false
  if (match[2] === undefined) return true
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

const AnnotationSourceSchema = v.strictObject({
  id: Slug,
  kind: v.picklist(ANNOTATION_KINDS, `must be one of: ${ANNOTATION_KINDS.join(', ')}`),
  title: NonEmpty,
  note: NonEmpty,
  sources: v.pipe(
    v.array(v.strictObject({ citation: NonEmpty })),
    v.minLength(1, 'must list at least one source a reader can look up')
  ),
  /** null: the note is about the edition as a whole (the author), shown on the title page. */
  anchor: v.nullable(
    v.strictObject({
      chapter: Slug,
      quote: NonEmpty,
      /** Mark every occurrence in the chapter instead of the first. */
      all: v.optional(v.boolean(), false)
    })
  ),
  related: v.optional(v.array(Slug), []),
  date: v.optional(
    v.pipe(v.string(), v.check(isEditionDate, 'must be a year (YYYY) or a calendar date (YYYY-MM-DD)'))
  )
})

export type AnnotationSource = v.InferOutput<typeof AnnotationSourceSchema>

const FileSchema = v.strictObject({ annotations: v.array(v.unknown()) })

/** Valibot's "Invalid key" wording, said the way an editor thinks about the file. */
function describe(issue: v.BaseIssue<unknown>): string {
  const field = `field "${v.getDotPath(issue) ?? '(root)'}"`
  if (issue.type === 'strict_object' && issue.expected === 'never') return `${field} is not a known field`
  if (issue.type === 'strict_object' && issue.input === undefined) return `${field} is missing`
  return `${field} ${issue.message}`
}

const nameOf = (raw: unknown, index: number): string => {
  const id: unknown = typeof raw === 'object' && raw !== null ? Reflect.get(raw, 'id') : undefined
  return typeof id === 'string' && id !== '' ? `annotation "${id}"` : `annotation ${index + 1}`
}

/** Parses and checks the file on its own; anchors and related ids are checked against the edition later. */
export function parseAnnotations(file: string, raw: string): AnnotationSource[] {
  const json = parseJsonSource(file, raw)
  const top = v.safeParse(FileSchema, json)
  if (!top.success) throw new ContentError(file, describe(top.issues[0]))
  const count = top.output.annotations.length
  if (count > LIMITS.annotationsPerEdition)
    throw new ContentError(
      file,
      `has ${overCount(count, 'annotations', 'annotations-per-edition', LIMITS.annotationsPerEdition)}`
    )
  const seen = new Set<string>()
  return top.output.annotations.map((raw, index) => {
    const result = v.safeParse(AnnotationSourceSchema, raw)
    if (!result.success) {
      throw new ContentError(file, `${nameOf(raw, index)}: ${describe(result.issues[0])}`)
    }
    const annotation = result.output
    if (seen.has(annotation.id))
      throw new ContentError(file, `annotation id "${annotation.id}" is used twice`)
    seen.add(annotation.id)
    if (annotation.kind === 'date' && annotation.date === undefined)
      throw new ContentError(file, `annotation "${annotation.id}": a "date" annotation needs a "date" field`)
    return annotation
  })
}
