import { describePassage } from '../../src/shared/anchoring'
import type { AddBookmarkArgs } from '../../src/shared/bookmarks/schema'
import type { FixtureChapter } from './edition-fixture'
import { paragraphAt } from './edition-fixture'

export const EDITION_ID = 'diplomatic-service-at-30'

/** Arguments for bookmarking the first occurrence of `phrase` in a chapter, as the reader would send them. */
export function bookmarkArgs(
  chapter: FixtureChapter,
  phrase: string,
  extra: { note?: string; label?: AddBookmarkArgs['label'] } = {}
): AddBookmarkArgs {
  const start = chapter.text.indexOf(phrase)
  if (start < 0) throw new Error(`"${phrase}" is not in chapter ${chapter.id}`)
  const selectors = describePassage(chapter.text, start, start + phrase.length)
  return {
    editionId: EDITION_ID,
    anchor: { chapterId: chapter.id, paragraphId: paragraphAt(chapter, start) ?? '', ...selectors },
    ...extra
  }
}

/** Deterministic clock and ids so records can be compared exactly. */
export function fakeDeps() {
  let tick = 0
  let id = 0
  return {
    now: () => new Date(Date.UTC(2024, 4, 1, 12, 0, tick++)),
    newId: () => `00000000-0000-4000-8000-${String(++id).padStart(12, '0')}`
  }
}
