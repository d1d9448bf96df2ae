/**
 * Build-time only: turns a compiled edition into the serialized index main loads. Nothing is indexed
 * at run time. Positions are not stored (they made the index ~5x larger and queries slower); highlight
 * ranges are recomputed from the text at snippet time instead.
 */
import lunr from 'lunr'
import * as v from 'valibot'
import type { CompiledEdition } from '../../shared/edition'
import { noteDocuments } from './note-documents'
import { indexTermOf, tokenize } from './tokenize'

export const SerializedSearchIndexSchema = v.object({
  formatVersion: v.literal(1),
  language: v.string(),
  lunr: v.looseObject({ version: v.string() }),
  /** normalized word → index term, sorted by word, for prefix expansion without a second index. */
  vocabulary: v.array(v.tuple([v.string(), v.string()]))
})

export type SerializedSearchIndex = v.InferOutput<typeof SerializedSearchIndexSchema>

export function buildSearchIndex(edition: CompiledEdition): SerializedSearchIndex {
  const language = edition.meta.language
  const vocabulary = new Map<string, string>()
  const index = lunr(function () {
    this.ref('id')
    this.field('text')
    this.pipeline.reset()
    this.searchPipeline.reset()
    const toTokens = (text?: null | string | object | object[]): lunr.Token[] => {
      const tokens: lunr.Token[] = []
      for (const token of tokenize(typeof text === 'string' ? text : '')) {
        const term = indexTermOf(token.normalized, language)
        if (term === null) continue
        vocabulary.set(token.normalized, term)
        tokens.push(new lunr.Token(term, {}))
      }
      return tokens
    }
    this.tokenizer = Object.assign(toTokens, { separator: lunr.tokenizer.separator })
    for (const chapter of edition.chapters) {
      for (const paragraph of chapter.paragraphs) this.add({ id: paragraph.id, text: paragraph.text })
    }
    for (const note of noteDocuments(edition)) this.add({ id: note.ref, text: note.text })
  })
  return {
    formatVersion: 1,
    language,
    lunr: { ...index.toJSON(), version: lunr.version },
    vocabulary: [...vocabulary].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  }
}
