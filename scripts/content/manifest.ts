/** The edition manifest (edition.json). Strict: an unknown field is a typo until proven otherwise. */
import * as v from 'valibot'
import type { EditionSummary } from '../../src/shared/edition'
import { ContentError, parseJsonSource } from './content-error'
import { AllowedControlsSchema } from './invisible-characters'

const NonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'))

export const ManifestSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes')),
  title: NonEmpty,
  author: NonEmpty,
  byline: NonEmpty,
  language: v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/, 'must be an ISO 639 code such as "en"')),
  editorsNote: NonEmpty,
  source: v.optional(
    v.strictObject({
      file: NonEmpty,
      furniture: v.optional(v.array(NonEmpty), [])
    })
  ),
  chapters: v.pipe(v.array(NonEmpty), v.minLength(1, 'must list at least one chapter file')),
  /** Invisible characters a script of the edition needs, each allowed only next to that script. */
  allowedControls: AllowedControlsSchema
})

export type Manifest = v.InferOutput<typeof ManifestSchema>

export function parseManifest(file: string, raw: string): Manifest {
  const json = parseJsonSource(file, raw)
  const result = v.safeParse(ManifestSchema, json)
  if (!result.success) {
    const issue = result.issues[0]
    const path = v.getDotPath(issue) ?? '(root)'
    throw new ContentError(file, `field "${path}" ${issue.message}`)
  }
  return result.output
}

/** The part of the manifest the app shows; file lists are build-time only. */
export function summaryOf(manifest: Manifest): EditionSummary {
  const { id, title, author, byline, language, editorsNote } = manifest
  return { id, title, author, byline, language, editorsNote }
}
