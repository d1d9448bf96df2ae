/** Pushed by main after a mutation is on disk, so every window can refresh the editions it shows. */
export interface BookmarkChange {
  reason: 'added' | 'updated' | 'removed' | 'restored' | 'reanchored' | 'imported'
  editionIds: string[]
  bookmarkIds: string[]
}
