/**
 * Every data-file write this process has started and not yet finished, so quitting can wait for them:
 * a change the reader made a moment before closing the window (a reading position flushed by the page as
 * it hides) is on disk before the process exits.
 */
const inFlight = new Set<Promise<unknown>>()

export function trackWrite<T>(write: Promise<T>): Promise<T> {
  inFlight.add(write)
  const forget = (): void => void inFlight.delete(write)
  write.then(forget, forget)
  return write
}

/** Resolves once no write is in flight, including writes started while waiting; never rejects. */
export async function writesSettled(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight])
}
