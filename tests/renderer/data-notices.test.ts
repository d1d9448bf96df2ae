import { createPinia, setActivePinia } from 'pinia'
import { reason } from '../../src/shared/i18n/reasons'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useDataNoticesStore } from '../../src/renderer/src/stores/dataNotices'
import { useReadingPositionStore } from '../../src/renderer/src/stores/readingPosition'

/** A reading position that cannot be saved is told once, however often the reader scrolls. */
describe('a failed reading-position save', () => {
  const setReadingPosition = vi.fn()
  beforeEach(() => {
    setActivePinia(createPinia())
    setReadingPosition.mockResolvedValue({
      ok: false,
      error: {
        code: 'read-only',
        reason: reason('readOnly.locked', { pid: '7', since: { iso: '2024-05-01T12:00:00.000Z' } })
      }
    })
    vi.stubGlobal('elshi', { setReadingPosition })
  })
  afterEach(() => vi.unstubAllGlobals())

  it('is reported once, in plain words, not dropped', async () => {
    const positions = useReadingPositionStore()
    for (const paragraphId of ['p1', 'p2', 'p3']) {
      positions.save({ editionId: 'ed', chapterId: 'ch', paragraphId })
      await positions.flush()
    }
    expect(setReadingPosition).toHaveBeenCalledTimes(3)
    const notices = useDataNoticesStore().notices
    expect(notices.map(({ key, reveal }) => ({ key, reveal }))).toEqual([
      { key: 'reading-position-save', reveal: null }
    ])
    expect(notices[0]?.text()).toMatch(
      /could not be saved\. Changes cannot be saved in this window because Elshi is already open with this data folder \(process 7 on this computer, since .*2024.*\)/
    )
  })
})
