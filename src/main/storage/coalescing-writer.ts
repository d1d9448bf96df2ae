/**
 * Serializes writes of whole-file snapshots: at most one write runs; while it runs, further requests
 * collapse into one pending write of the newest data (older snapshots are superseded by it). Each
 * caller's promise settles when a write that includes its data is on disk, so "resolved" always means
 * durable, and a burst of updates costs two writes instead of one per update.
 */
export class CoalescingWriter<T> {
  private running = false
  private pending: { data: T; waiters: { resolve: () => void; reject: (error: unknown) => void }[] } | null =
    null

  constructor(private readonly task: (data: T) => Promise<void>) {}

  write(data: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (this.pending) {
        this.pending.data = data
        this.pending.waiters.push({ resolve, reject })
      } else {
        this.pending = { data, waiters: [{ resolve, reject }] }
      }
      if (!this.running) void this.drain()
    })
  }

  private async drain(): Promise<void> {
    this.running = true
    while (this.pending) {
      const job = this.pending
      this.pending = null
      try {
        await this.task(job.data)
        for (const waiter of job.waiters) waiter.resolve()
      } catch (error) {
        for (const waiter of job.waiters) waiter.reject(error)
      }
    }
    this.running = false
  }
}
