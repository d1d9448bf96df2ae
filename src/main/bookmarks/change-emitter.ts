import type { BookmarkChange } from '../../shared/bookmarks/change'
import type { Bookmark } from '../../shared/bookmarks/schema'

/** Tells listeners (the windows) about changes already on disk. */
export class ChangeEmitter {
  private readonly listeners = new Set<(change: BookmarkChange) => void>()

  /** Returns an unsubscribe function. */
  on(listener: (change: BookmarkChange) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  emit(announced: BookmarkChange): void {
    for (const listener of this.listeners) {
      try {
        listener(announced)
      } catch {
        // A broken listener (e.g. a closed window) must not undo or block a saved change.
      }
    }
  }
}

export function changeOf(reason: BookmarkChange['reason'], bookmarks: readonly Bookmark[]): BookmarkChange {
  return {
    reason,
    editionIds: [...new Set(bookmarks.map((b) => b.editionId))],
    bookmarkIds: bookmarks.map((b) => b.id)
  }
}
