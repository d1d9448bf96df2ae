/**
 * Elshi's search: words are ANDed, "phrases" are exact, -word excludes, the last word matches as a
 * prefix while typing. Queries are built with Lunr's query API (never its string parser) so no input
 * can throw; Lunr ranks, our own tokenizer checks phrases and computes highlight ranges.
 */
import lunr from 'lunr'
import type { CompiledEdition } from '../../shared/edition'
import type { SearchGroup, SearchHit, SearchNotice, SearchResults } from '../../shared/search'
import type { SerializedSearchIndex } from './build-index'
import { matchRanges, satisfiesAll, type ClauseMatcher } from './match-ranges'
import { isNoteRef, noteDocuments } from './note-documents'
import { parseQuery, type Clause } from './parse-query'
import { makeSnippet } from './snippet'
import { indexTermOf } from './tokenize'
import { Vocabulary } from './vocabulary'

export interface SearchService {
  search(query: string): SearchResults
}

interface ParagraphInfo {
  readonly chapterId: string
  readonly chapterTitle: string
  readonly chapterOrder: number
  readonly order: number
  readonly text: string
  /** Set for an editors' note document: the text is the note's, the passage is `paragraphId`'s. */
  readonly note?: { readonly annotationId: string; readonly paragraphId: string }
}

export function createSearchService(
  edition: CompiledEdition,
  serialized: SerializedSearchIndex
): SearchService {
  const index = lunr.Index.load(serialized.lunr)
  const vocabulary = new Vocabulary(serialized.vocabulary)
  const language = serialized.language
  const paragraphs = new Map<string, ParagraphInfo>()
  for (const chapter of edition.chapters) {
    chapter.paragraphs.forEach((paragraph, order) =>
      paragraphs.set(paragraph.id, {
        chapterId: chapter.id,
        chapterTitle: chapter.title,
        chapterOrder: chapter.order,
        order,
        text: paragraph.text
      })
    )
  }
  for (const note of noteDocuments(edition)) {
    const passage = paragraphs.get(note.paragraphId)
    if (passage) paragraphs.set(note.ref, { ...passage, text: note.text, note })
  }

  const termsOf = (clause: Clause): string[] => {
    const words = clause.kind === 'word' ? [clause.normalized] : clause.words
    const terms = words.map((word) => indexTermOf(word, language)).filter((term) => term !== null)
    if (clause.kind === 'word' && clause.prefix) terms.push(...vocabulary.expand(clause.normalized))
    return [...new Set(terms)]
  }

  /** Documents containing any of the terms (a phrase: all of its terms), with Lunr's score. */
  const lookup = (terms: readonly string[], all: boolean): Map<string, number> => {
    if (terms.length === 0) return new Map()
    const presence = all ? lunr.Query.presence.REQUIRED : lunr.Query.presence.OPTIONAL
    const found = index.query((query) => {
      for (const term of terms) query.term(term, { usePipeline: false, presence, fields: ['text'] })
    })
    return new Map(found.map((result) => [result.ref, result.score]))
  }

  return {
    search(query) {
      const parsed = parseQuery(query)
      const matchers: ClauseMatcher[] = []
      const candidates: Map<string, number>[] = []
      for (const clause of parsed.required) {
        const terms = termsOf(clause)
        // A clause made only of stop words ("the") says nothing about which passages match.
        if (terms.length === 0 && !(clause.kind === 'phrase')) continue
        matchers.push({ clause, terms: new Set(terms) })
        candidates.push(lookup(terms, clause.kind === 'phrase'))
      }
      if (matchers.length === 0) {
        const notice: SearchNotice =
          query.trim() === ''
            ? { kind: 'empty-query' }
            : parsed.excluded.length > 0
              ? {
                  kind: 'invalid-query',
                  message: 'Add a word to search for as well as the ones to leave out.'
                }
              : { kind: 'invalid-query', message: 'Type a word or a "quoted phrase" to search for.' }
        return { query, totalHits: 0, groups: [], notice }
      }
      const excluded = new Set(
        lookup(
          parsed.excluded.map((word) => indexTermOf(word, language)).filter((term) => term !== null),
          false
        ).keys()
      )
      const scoreAll = (ref: string): number =>
        candidates.reduce((sum, found) => sum + (found.get(ref) ?? 0), 0)

      let refs = [...candidates[0]!.keys()].filter(
        (ref) => !excluded.has(ref) && candidates.every((found) => found.has(ref))
      )
      refs = refs.filter((ref) => satisfiesAll(paragraphs.get(ref)?.text ?? '', matchers, language))
      let notice: SearchNotice | null = null
      let rank = (ref: string): number => scoreAll(ref)
      if (refs.length === 0 && matchers.length > 1) {
        const matchedClauses = (ref: string): number => candidates.filter((found) => found.has(ref)).length
        refs = [...new Set(candidates.flatMap((found) => [...found.keys()]))].filter(
          (ref) => !excluded.has(ref)
        )
        rank = (ref) => matchedClauses(ref) * 1000 + scoreAll(ref)
        if (refs.length > 0)
          notice = {
            kind: 'partial',
            message: 'No passage has all of these words; showing passages with some of them.'
          }
      }
      if (refs.length === 0) return { query, totalHits: 0, groups: [], notice: { kind: 'no-results' } }
      const textRefs = refs.filter((ref) => !isNoteRef(ref))
      return {
        query,
        totalHits: textRefs.length,
        groups: groupHits(textRefs, rank, matchers),
        notice,
        noteHits: noteHits(refs.filter(isNoteRef), rank, matchers)
      }
    }
  }

  /** Matches in editors' notes, best first; each opens the passage the note is anchored to. */
  function noteHits(refs: string[], rank: (ref: string) => number, matchers: ClauseMatcher[]): SearchHit[] {
    return refs
      .flatMap((ref) => {
        const info = paragraphs.get(ref)
        if (!info?.note) return []
        const ranges = matchRanges(info.text, matchers, language)
        const hit: SearchHit = {
          chapterId: info.chapterId,
          paragraphId: info.note.paragraphId,
          score: rank(ref),
          ranges,
          snippet: makeSnippet(info.text, ranges),
          source: 'note',
          annotationId: info.note.annotationId
        }
        return [hit]
      })
      .sort((a, b) => b.score - a.score)
  }

  function groupHits(
    refs: string[],
    rank: (ref: string) => number,
    matchers: ClauseMatcher[]
  ): SearchGroup[] {
    const groups = new Map<string, { best: number; hits: SearchHit[]; title: string }>()
    for (const ref of refs) {
      const info = paragraphs.get(ref)
      if (!info) continue
      const score = rank(ref)
      const ranges = matchRanges(info.text, matchers, language)
      const hit: SearchHit = {
        chapterId: info.chapterId,
        paragraphId: ref,
        score,
        ranges,
        snippet: makeSnippet(info.text, ranges)
      }
      const group = groups.get(info.chapterId) ?? { best: -Infinity, hits: [], title: info.chapterTitle }
      group.best = Math.max(group.best, score)
      group.hits.push(hit)
      groups.set(info.chapterId, group)
    }
    const order = (id: string): number => paragraphs.get(id)?.order ?? 0
    return [...groups]
      .sort(([, a], [, b]) => b.best - a.best)
      .map(([chapterId, group]) => ({
        chapterId,
        chapterTitle: group.title,
        hitCount: group.hits.length,
        hits: group.hits.sort((a, b) => order(a.paragraphId) - order(b.paragraphId))
      }))
  }
}
