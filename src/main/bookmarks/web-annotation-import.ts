import * as v from 'valibot'
import { fail, ok, type Result } from '../../shared/result'
import {
  BOOKMARK_LABELS,
  BookmarkSchema,
  MAX_IMPORT_CHARS,
  type Bookmark,
  type BookmarkLabel,
  type ImportReport
} from '../../shared/bookmarks/schema'
import { summarizeIssues } from '../storage/file-envelope'
import { parseTargetSource } from './web-annotation'
import * as schemas from './web-annotation-schema'

/** Items checked between yields to the event loop, so main keeps answering other windows during a big import. */
const ITEMS_PER_SLICE = 500

const UUID_URN = /^urn:uuid:([\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12})$/i

/**
 * Turns an export into new bookmark records without touching anything: malformed input becomes an
 * error value, each bad item a rejection with its index and reason, and an item equal to an existing
 * bookmark or an earlier item (same edition, chapter, quote with context, and note) a skip.
 */
export async function planImport(
  json: string,
  existing: readonly Bookmark[],
  deps: { now: () => Date; newId: () => string }
): Promise<Result<ImportReport>> {
  if (json.length > MAX_IMPORT_CHARS)
    return fail('too-large', `The file is larger than ${MAX_IMPORT_CHARS} characters`)
  let raw: unknown
  try {
    raw = JSON.parse(json)
  } catch (error) {
    return fail(
      'malformed-json',
      `The file is not valid JSON: ${error instanceof Error ? error.message : ''}`
    )
  }
  const items = itemsOf(raw)
  if (items === null) {
    return fail('not-annotations', 'The file is not a Web Annotation collection, page or list of annotations')
  }

  const report: ImportReport = { added: [], skipped: [], rejected: [] }
  const seen = new Map<string, string>(existing.map((b) => [duplicateKey(b), 'an existing bookmark']))
  const usedIds = new Set(existing.map((b) => b.id))
  for (const [index, item] of items.entries()) {
    if (index > 0 && index % ITEMS_PER_SLICE === 0) await new Promise((resolve) => setImmediate(resolve))
    const record = toBookmark(item, deps)
    if (!record.ok) {
      report.rejected.push({ index, reason: record.error.message })
      continue
    }
    const key = duplicateKey(record.value)
    const duplicateOf = seen.get(key)
    if (duplicateOf !== undefined) {
      report.skipped.push({ index, reason: `duplicate of ${duplicateOf}` })
      continue
    }
    seen.set(key, `item ${index} of this file`)
    // Keeping exported ids makes a re-import into a fresh profile give the same bookmarks.
    const bookmark = usedIds.has(record.value.id) ? { ...record.value, id: deps.newId() } : record.value
    usedIds.add(bookmark.id)
    report.added.push(bookmark)
  }
  return ok(report)
}

function itemsOf(raw: unknown): unknown[] | null {
  const paged = v.safeParse(schemas.CollectionWithPageSchema, raw)
  if (paged.success) return paged.output.first.items
  const container = v.safeParse(schemas.ItemsContainerSchema, raw)
  if (container.success) return container.output.items
  const list = v.safeParse(schemas.ItemsSchema, raw)
  return list.success ? list.output : null
}

function toBookmark(item: unknown, deps: { now: () => Date; newId: () => string }): Result<Bookmark> {
  const parsed = v.safeParse(schemas.ImportedAnnotationSchema, item)
  if (!parsed.success) return fail('invalid-argument', summarizeIssues(parsed.issues))
  const annotation = parsed.output
  const target = parseTargetSource(annotation.target.source)
  if (!target) return fail('invalid-argument', 'target.source is not elshi:<edition>/<chapter>')
  const selectors = [annotation.target.selector].flat()
  const quote = v.safeParse(
    schemas.ImportedQuoteSchema,
    selectors.find((s) => s.type === 'TextQuoteSelector')
  )
  if (!quote.success) return fail('invalid-argument', `TextQuoteSelector: ${summarizeIssues(quote.issues)}`)
  const { exact, prefix, suffix } = quote.output
  const position = v.safeParse(
    schemas.ImportedPositionSchema,
    selectors.find((s) => s.type === 'TextPositionSelector')
  )
  const created = timestamp(annotation.created) ?? deps.now().toISOString()
  const record = v.safeParse(BookmarkSchema, {
    id: UUID_URN.exec(annotation.id ?? '')?.[1]?.toLowerCase() ?? deps.newId(),
    editionId: target.editionId,
    anchor: {
      chapterId: target.chapterId,
      paragraphId: annotation['elshi:paragraphId'] ?? '',
      // Without a position the quote alone anchors it; start..end of the quote's length is only a hint.
      position: position.success
        ? { type: 'TextPositionSelector', start: position.output.start, end: position.output.end }
        : { type: 'TextPositionSelector', start: 0, end: exact.length },
      quote: { type: 'TextQuoteSelector', exact, prefix, suffix }
    },
    ...bodyFields(annotation.body),
    createdAt: created,
    updatedAt: timestamp(annotation.modified) ?? created,
    status: annotation['elshi:status'] ?? 'anchored'
  })
  return record.success ? ok(record.output) : fail('invalid-argument', summarizeIssues(record.issues))
}

/** The note is the first commenting (or purpose-less) text body; the label the first known tag. */
function bodyFields(body: schemas.ImportedAnnotation['body']): { note: string; label: BookmarkLabel | null } {
  const bodies = body === undefined ? [] : [body].flat()
  const note = bodies.find(
    (b) => b.value !== undefined && (b.purpose === undefined || b.purpose === 'commenting')
  )
  const tag = bodies.find((b) => b.purpose === 'tagging' && isLabel(b.value))
  return { note: note?.value ?? '', label: tag && isLabel(tag.value) ? tag.value : null }
}

function isLabel(value: string | undefined): value is BookmarkLabel {
  return BOOKMARK_LABELS.some((label) => label === value)
}

function timestamp(value: string | undefined): string | null {
  if (value === undefined) return null
  const time = Date.parse(value)
  return Number.isNaN(time) ? null : new Date(time).toISOString()
}

function duplicateKey(b: Bookmark): string {
  const { chapterId, quote } = b.anchor
  return JSON.stringify([b.editionId, chapterId, quote.exact, quote.prefix, quote.suffix, b.note])
}
