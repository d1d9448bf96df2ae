/**
 * Build-time only: turns a compiled edition into the serialized index main loads. Two layers, because
 * Lunr's query time grows with the number of documents (~46 ms p95 over SOTU's 15k paragraphs, ~3 ms
 * over its 233 speeches): Lunr indexes whole chapters and ranks them; a compact term → paragraphs table
 * locates the passages inside. Positions are not stored (they made the index ~5x larger); highlight
 * ranges are recomputed from the text for the hits on screen. The editors' notes get a term table of
 * their own, so they are searchable without ever being mixed into the author's passages. Lunr's own
 * index is kept only as the source of its ranking weights (see build-search-file.ts).
 */
import lunr from 'lunr'
import type { CompiledEdition } from '../../shared/edition'
import { noteDocuments } from './note-documents'
import { encodeNumbers } from './number-text'
import { encodePostings } from './postings'
import { indexTermOf, tokenize } from './tokenize'

interface TermTable {
  /** normalized word → index term, sorted by word. */
  readonly vocabulary: [string, string][]
  /** index term → paragraph ordinals in reading order (see postings.ts). */
  readonly postings: Record<string, string>
  /**
   * index term → how many times it stands in each of those paragraphs, less one (number-text.ts), for
   * terms that stand more than once in some paragraph: "n of m" counts occurrences, not passages.
   */
  readonly counts: Record<string, string>
}

/** What the build derives from an edition; build-search-file.ts turns it into what the app loads. */
export interface SerializedSearchIndex extends TermTable {
  readonly language: string
  /** Lunr over whole chapters (ref = the chapter's order as a string): the source of the ranking weights. */
  readonly lunr: object
  /** The editors' notes, in note-documents.ts order. */
  readonly notes: TermTable
}

const byKey = ([a]: readonly [string, unknown], [b]: readonly [string, unknown]): number =>
  a < b ? -1 : a > b ? 1 : 0

/** Term tables over documents grouped in chapters; also returns each chapter's terms for Lunr. */
function termTable(
  chapters: readonly (readonly string[])[],
  language: string
): TermTable & { chapterTerms: string[][] } {
  const vocabulary = new Map<string, string>()
  const postings = new Map<string, number[]>()
  const counts = new Map<string, number[]>()
  const chapterTerms: string[][] = []
  let ordinal = 0
  for (const texts of chapters) {
    const terms: string[] = []
    for (const text of texts) {
      for (const token of tokenize(text)) {
        const term = vocabulary.get(token.normalized) ?? indexTermOf(token.normalized, language)
        if (term === null) continue
        vocabulary.set(token.normalized, term)
        terms.push(term)
        const list = postings.get(term) ?? []
        const times = counts.get(term) ?? []
        if (list.at(-1) !== ordinal) {
          list.push(ordinal)
          times.push(0)
        } else times[times.length - 1]!++
        postings.set(term, list)
        counts.set(term, times)
      }
      ordinal++
    }
    chapterTerms.push(terms)
  }
  return {
    vocabulary: [...vocabulary].sort(byKey),
    postings: Object.fromEntries(
      [...postings].sort(byKey).map(([term, list]) => [term, encodePostings(list)])
    ),
    counts: Object.fromEntries(
      [...counts]
        .filter(([, times]) => times.some((extra) => extra > 0))
        .sort(byKey)
        .map(([term, times]) => [term, encodeNumbers(times)])
    ),
    chapterTerms
  }
}

export function buildSearchIndex(edition: CompiledEdition): SerializedSearchIndex {
  const language = edition.meta.language
  const { chapterTerms, ...text } = termTable(
    edition.chapters.map((chapter) => chapter.paragraphs.map((paragraph) => paragraph.text)),
    language
  )
  const { chapterTerms: _noteTerms, ...notes } = termTable(
    [noteDocuments(edition).map((note) => note.text)],
    language
  )
  const index = lunr(function () {
    this.ref('order')
    this.field('terms')
    this.pipeline.reset()
    this.searchPipeline.reset()
    // The chapter's terms are already tokenized and stemmed by our own (Unicode-aware) pipeline.
    const passThrough = (terms?: null | string | object | object[]): lunr.Token[] =>
      Array.isArray(terms) ? terms.map((term) => new lunr.Token(String(term), {})) : []
    this.tokenizer = Object.assign(passThrough, { separator: lunr.tokenizer.separator })
    chapterTerms.forEach((terms, order) => this.add({ order: String(order), terms }))
  })
  return {
    language,
    lunr: { ...index.toJSON(), version: lunr.version },
    ...text,
    notes
  }
}
