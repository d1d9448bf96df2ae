/**
 * Where the reader is in each edition, kept by main so it survives a restart. Scrolling reports a new
 * paragraph many times a second; saves are debounced and only a change of place is sent. A pending save
 * is never left to a timer when the reader leaves: `flush()` sends it at once (on route change, unmount,
 * the page hiding), so closing the window within the debounce loses nothing and no timer outlives the view.
 * A save that fails is told once (not on every scroll), in the data notices.
 */
import { errorText } from '../i18n/reasons'
import { defineStore } from 'pinia'
import type { ReadingPosition, SetReadingPositionArgs } from '../../../shared/bookmarks/schema'
import { bridge } from '../bridge'
import { t } from '../i18n'
import { useDataNoticesStore } from './dataNotices'

export const POSITION_SAVE_DELAY_MS = 600

export const useReadingPositionStore = defineStore('readingPosition', () => {
  let timer: ReturnType<typeof setTimeout> | undefined
  let pending: SetReadingPositionArgs | null = null
  let lastSaved = ''

  async function get(editionId: string): Promise<ReadingPosition | null> {
    const result = await bridge().getReadingPosition(editionId)
    return result.ok ? result.value : null
  }

  function save(position: SetReadingPositionArgs): void {
    clearTimeout(timer)
    timer = undefined
    pending = JSON.stringify(position) === lastSaved ? null : position
    if (pending) timer = setTimeout(() => void flush(), POSITION_SAVE_DELAY_MS)
  }

  /** Sends the pending save now, if any; resolves when main has it on disk. */
  async function flush(): Promise<void> {
    clearTimeout(timer)
    timer = undefined
    const position = pending
    if (!position) return
    pending = null
    lastSaved = JSON.stringify(position)
    const result = await bridge().setReadingPosition(position)
    if (!result.ok) {
      const { error } = result
      useDataNoticesStore().tell({
        key: 'reading-position-save',
        text: () => t('reader.positionNotSaved', { reason: errorText(error) }),
        reveal: null
      })
    }
  }

  return { get, save, flush }
})
