/**
 * Reading preferences that outlive the window. Kept in localStorage: they are about this machine's
 * reader, not about an edition, and losing them costs nothing. Storage can be unavailable or full, so
 * every access falls back to the default quietly.
 */
import { defineStore } from 'pinia'
import { ref, watch } from 'vue'

export const SHOW_MARKS_KEY = 'elshi.showAnnotationMarks'

function readFlag(key: string, fallback: boolean): boolean {
  try {
    const stored = window.localStorage.getItem(key)
    return stored === null ? fallback : stored === 'true'
  } catch {
    return fallback
  }
}

function writeFlag(key: string, value: boolean): void {
  try {
    window.localStorage.setItem(key, String(value))
  } catch {
    // The choice still holds for this session.
  }
}

export const usePreferencesStore = defineStore('preferences', () => {
  /** Off: the text reads plain, with no annotation marks; notes stay reachable from glossary and timeline. */
  const showAnnotationMarks = ref(readFlag(SHOW_MARKS_KEY, true))
  watch(showAnnotationMarks, (value) => writeFlag(SHOW_MARKS_KEY, value))
  return { showAnnotationMarks }
})
