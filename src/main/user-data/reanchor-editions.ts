/**
 * Bookmarks are re-anchored against an edition's current text the first time the edition is used in a
 * session, so a new version of an edition moves bookmarks with their passages (or marks them orphaned,
 * keeping them) before the reader sees any. Once per edition: its text cannot change while Elshi runs.
 */
import { chapterText, paragraphAt, paragraphSpans } from '../../shared/bookmarks/chapter-text'
import type { CompiledEdition } from '../../shared/edition'
import type { ReanchorInput } from '../bookmarks/reanchor'
import type { EditionLibrary } from '../edition/edition-library'
import type { UserData } from './user-data'

export interface Reanchoring {
  /** Resolves once the edition's bookmarks match its text; rejects only if the edition cannot load. */
  ready(editionId: string): Promise<void>
  /** Re-anchors again now, e.g. after an import brought bookmarks with old or missing selectors. */
  refresh(editionId: string): Promise<void>
}

export function createReanchoring(library: EditionLibrary, userData: UserData): Reanchoring {
  const done = new Map<string, Promise<void>>()

  const run = async (editionId: string): Promise<void> => {
    const [edition] = await Promise.all([library.getCompiled(editionId), userData.loaded])
    const result = await userData.bookmarks.reanchor(editionId, reanchorInput(edition))
    // A read-only data file cannot take the new anchors; the bookmarks still list as they were.
    if (!result.ok) console.warn(`[elshi] re-anchoring ${editionId}: ${result.error.reason.code}`)
  }

  const refresh = (editionId: string): Promise<void> => {
    const pending = run(editionId).catch((error: unknown) => {
      done.delete(editionId)
      throw error
    })
    done.set(editionId, pending)
    return pending
  }

  return { ready: (editionId) => done.get(editionId) ?? refresh(editionId), refresh }
}

function reanchorInput(edition: CompiledEdition): ReanchorInput {
  const spans = new Map(edition.chapters.map((c) => [c.id, paragraphSpans(c.paragraphs)]))
  return {
    chapters: new Map(edition.chapters.map((c) => [c.id, chapterText(c.paragraphs)])),
    paragraphAt: (chapterId: string, offset: number) => paragraphAt(spans.get(chapterId) ?? [], offset)
  }
}
