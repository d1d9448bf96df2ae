import { escapeHidden } from './quoted'

/**
 * A problem in an edition's source, always naming the file, so an editor knows where to look. The
 * message never quotes a file the build refused to read; names are printed with invisible characters
 * escaped.
 */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string
  ) {
    super(`${escapeHidden(file)}: ${problem}`)
    this.name = 'ContentError'
  }
}

/** JSON.parse with the editor-facing error every source file gets. */
export function parseJsonSource(file: string, raw: string): unknown {
  try {
    return JSON.parse(raw)
  } catch (error) {
    throw new ContentError(
      file,
      `is not valid JSON (${error instanceof Error ? error.message : String(error)})`
    )
  }
}
