/**
 * Where the reader is in each edition, kept by main so it survives a restart. Scrolling reports a new
 * paragraph many times a second; saves are debounced and only a change of place is sent.
 */
import { defineStore } from 'pinia'
import type { ReadingPosition, SetReadingPositionArgs } from '../../../shared/bookmarks/schema'
import { bridge } from '../bridge'

export const POSITION_SAVE_DELAY_MS = 600

export const useReadingPositionStore = defineStore('readingPosition', () => {
  let timer: ReturnType<typeof setTimeout> | undefined
  let lastSaved = ''

  async function get(editionId: string): Promise<ReadingPosition | null> {
    const result = await bridge().getReadingPosition(editionId)
    return result.ok ? result.value : null
  }

  function save(position: SetReadingPositionArgs): void {
    const key = JSON.stringify(position)
    clearTimeout(timer)
    if (key === lastSaved) return
    timer = setTimeout(() => {
      lastSaved = key
      void bridge().setReadingPosition(position)
    }, POSITION_SAVE_DELAY_MS)
  }

  return { get, save }
})
