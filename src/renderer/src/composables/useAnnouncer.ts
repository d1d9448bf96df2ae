/**
 * One polite live region for the whole app (LiveAnnouncer, mounted with the frame, so it exists before
 * any text is put in it): a screen reader hears each search count, step and wrap once, even when the
 * view that caused it was only just inserted. The same words said twice are heard twice: the region is
 * emptied first, and filled a beat later.
 */
import { readonly, ref } from 'vue'

const message = ref('')
let pending: ReturnType<typeof setTimeout> | undefined

/** The words the region holds now. */
export const announcement = readonly(message)

/** Speaks `text` (politely, after what is being read); a newer call within the beat replaces it. */
export function announce(text: string): void {
  message.value = ''
  clearTimeout(pending)
  pending = setTimeout(() => (message.value = text), 120)
}
