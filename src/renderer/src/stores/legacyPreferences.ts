/**
 * What builds before settings.json kept in localStorage. Storage can be unavailable (a sandboxed or
 * private profile), so every access falls back to "nothing stored" quietly.
 */
export const LEGACY_NOTE_MARKS_KEY = 'elshi.showAnnotationMarks'

/** The note marks switch as an earlier build stored it, or null when there is none. */
export function takeLegacyNoteMarks(): boolean | null {
  try {
    const stored = window.localStorage.getItem(LEGACY_NOTE_MARKS_KEY)
    return stored === 'true' ? true : stored === 'false' ? false : null
  } catch {
    return null
  }
}

/** Called once main has the value, so it is migrated exactly once and never lost on the way. */
export function forgetLegacyNoteMarks(): void {
  try {
    window.localStorage.removeItem(LEGACY_NOTE_MARKS_KEY)
  } catch {
    // Nothing to forget if storage is unavailable.
  }
}
