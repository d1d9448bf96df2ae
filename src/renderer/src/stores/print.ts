/**
 * What a print or PDF will hold: this chapter or the whole edition, with or without the reader's
 * bookmark notes. The print stylesheet lays out whichever is chosen; main prints or saves the page.
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'

export type PrintScope = 'chapter' | 'edition'

export const usePrintStore = defineStore('print', () => {
  const panelOpen = ref(false)
  const scope = ref<PrintScope>('chapter')
  const withBookmarks = ref(false)
  return { panelOpen, scope, withBookmarks }
})
