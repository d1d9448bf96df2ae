import { describe, expect, it } from 'vitest'
import { CoalescingWriter } from '../../../src/main/storage/coalescing-writer'

describe('CoalescingWriter', () => {
  it('runs one write at a time and folds queued snapshots into the newest', async () => {
    const written: number[] = []
    let active = 0
    const writer = new CoalescingWriter<number>(async (n) => {
      active++
      expect(active).toBe(1)
      await new Promise((resolve) => setTimeout(resolve, 5))
      written.push(n)
      active--
    })
    await Promise.all([1, 2, 3, 4, 5].map((n) => writer.write(n)))
    // The first write starts at once; the four that arrive while it runs are superseded by the last.
    expect(written).toEqual([1, 5])
  })

  it('rejects the callers of a failed write and keeps working afterwards', async () => {
    let fail = true
    const written: string[] = []
    const writer = new CoalescingWriter<string>(async (s) => {
      if (fail) throw new Error('disk full')
      written.push(s)
    })
    await expect(writer.write('lost')).rejects.toThrow('disk full')
    fail = false
    await writer.write('saved')
    expect(written).toEqual(['saved'])
  })
})
