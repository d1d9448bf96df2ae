import { fail, ok, type Result } from '../../shared/result'
import { saveFailure } from '../storage/json-file-store'

export type Planned<S, T, C> = { next: S; value: T; change: C | null }

/**
 * State that changes only by transactions run one at a time: a transaction is planned on the current
 * state, persisted, and only then becomes the state everyone sees and is announced. So what readers
 * see is always what is on disk, a failed write changes nothing, and two concurrent changes can never
 * be planned on the same old state (no lost updates). A plan with no change skips the write.
 */
export class Transactions<S, C> {
  private queue: Promise<unknown> = Promise.resolve()

  constructor(
    private state: S,
    private readonly persist: (next: S) => Promise<void>,
    private readonly announce: (change: C) => void
  ) {}

  get current(): S {
    return this.state
  }

  /** Replaces the state without persisting it: for what was just loaded from disk. */
  reset(state: S): void {
    this.state = state
  }

  /** A plan may be async (e.g. to yield during a long import): nothing else changes the state meanwhile. */
  run<T>(
    plan: (current: S) => Result<Planned<S, T, C>> | Promise<Result<Planned<S, T, C>>>
  ): Promise<Result<T>> {
    const step = async (): Promise<Result<T>> => {
      const planned = await plan(this.state)
      if (!planned.ok) return planned
      const { next, value, change } = planned.value
      if (change === null) return ok(value)
      try {
        await this.persist(next)
      } catch (error) {
        const failed = saveFailure(error)
        return fail(failed.code, failed.reason)
      }
      this.state = next
      this.announce(change)
      return ok(value)
    }
    const result = this.queue.then(step)
    this.queue = result.catch(() => undefined)
    return result
  }
}
