import * as v from 'valibot'

/** Edition, chapter and paragraph ids: what the content build writes and every IPC argument is held to. */
export const Slug = v.pipe(
  v.string(),
  v.maxLength(120),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes')
)
