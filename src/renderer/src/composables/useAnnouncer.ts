/**
 * The app's two live regions (LiveAnnouncer, mounted with the frame, so both exist before any text is
 * put in them): a polite one for counts, steps, saves, undo, imports and copies, and an assertive one
 * for errors. Regions inserted together with their text are often never read, and two regions saying
 * the same thing are read twice, so every announcement in the app goes through here and nowhere else.
 * The same words said twice are heard twice: the region is emptied first, and filled a beat later.
 */
import { readonly, ref, watch, type Ref } from 'vue'
import { currentLocale } from '../i18n'

export type Politeness = 'polite' | 'assertive'

const messages: Record<Politeness, Ref<string>> = { polite: ref(''), assertive: ref('') }
const pending: Record<Politeness, ReturnType<typeof setTimeout> | undefined> = {
  polite: undefined,
  assertive: undefined
}

/** The words the polite region holds now. */
export const announcement = readonly(messages.polite)
/** The words the assertive (error) region holds now. */
export const alertAnnouncement = readonly(messages.assertive)

/** Speaks `text`; politely (after what is being read) unless it is an error. A newer call within the beat replaces it. */
export function announce(text: string, politeness: Politeness = 'polite'): void {
  messages[politeness].value = ''
  clearTimeout(pending[politeness])
  pending[politeness] = setTimeout(() => (messages[politeness].value = text), 120)
}

/** Speaks an error at once (assertive). */
export function announceError(text: string): void {
  announce(text, 'assertive')
}

/**
 * Announces what `source` says each time it changes to a non-empty text: for a component whose visible
 * status or error line must be heard once, while the line itself is not a live region. A change of
 * interface language re-words every line on screen at once; that is not news, so it is not said again.
 */
export function useAnnounced(
  source: () => string | null | undefined,
  politeness: Politeness = 'polite'
): void {
  watch([source, currentLocale], ([text, locale], [, before]) => {
    if (text && locale === before) announce(text, politeness)
  })
}
