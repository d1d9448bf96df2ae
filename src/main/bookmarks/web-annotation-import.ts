import * as v from 'valibot'
import { fail, ok, type Result } from '../../shared/result'
import { reason, type Reason } from '../../shared/i18n/reasons'
import {
  BOOKMARK_LABELS,
  BookmarkSchema,
  MAX_BOOKMARKS_PER_EDITION,
  MAX_IMPORT_CHARS,
  MAX_IMPORT_ISSUES_LISTED,
  type Bookmark,
  type BookmarkLabel,
  type ImportReport
} from '../../shared/bookmarks/schema'
import { itemName, reasonOf, reasons } from './import-reasons'
import { parseTargetSource } from './web-annotation'
import * as schemas from './web-annotation-schema'

/** Items checked between yields to the event loop, so main keeps answering other windows during a big import. */
const ITEMS_PER_SLICE = 500

const UUID_URN = /^urn:uuid:([\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12})$/i

export interface PlannedImport {
  report: ImportReport
  /** The new records, for the service to save; never sent back to the page. */
  added: Bookmark[]
}

export interface ImportContext {
  now: () => Date
  newId: () => string
  /** Installed editions: items for any other edition are rejected, as they could never be listed. */
  editionIds: ReadonlySet<string>
}

/**
 * Turns an export into new bookmark records without touching anything: malformed input becomes an
 * error value, each bad item a rejection with a plain reason, and an item equal to an existing
 * bookmark or an earlier item (same edition, chapter, quote with context, and note) a skip.
 */
export async function planImport(
  json: string,
  existing: readonly Bookmark[],
  deps: ImportContext
): Promise<Result<PlannedImport>> {
  if (json.length > MAX_IMPORT_CHARS)
    return fail('too-large', reason('import.tooLarge', { megabytes: MAX_IMPORT_CHARS / 1024 / 1024 }))
  let raw: unknown
  try {
    raw = JSON.parse(json)
  } catch {
    return fail('malformed-json', reason('import.notJson', {}))
  }
  const items = itemsOf(raw)
  if (items === null) {
    return fail('not-annotations', reason('import.notAnnotations', {}))
  }

  const report: ImportReport = { added: 0, skipped: [], rejected: [], unlisted: { skipped: 0, rejected: 0 } }
  const added: Bookmark[] = []
  const note = (outcome: 'skipped' | 'rejected', index: number, item: unknown, why: Reason) => {
    if (report.skipped.length + report.rejected.length < MAX_IMPORT_ISSUES_LISTED)
      report[outcome].push({ index, item: itemName(item, index), reason: why })
    else report.unlisted[outcome]++
  }
  const seen = new Map<string, number | null>(existing.map((b) => [duplicateKey(b), null]))
  const usedIds = new Set(existing.map((b) => b.id))
  const perEdition = new Map<string, number>()
  for (const b of existing) perEdition.set(b.editionId, (perEdition.get(b.editionId) ?? 0) + 1)
  for (const [index, item] of items.entries()) {
    if (index > 0 && index % ITEMS_PER_SLICE === 0) await new Promise((resolve) => setImmediate(resolve))
    const record = toBookmark(item, deps)
    if (!record.ok) {
      note('rejected', index, item, record.error.reason)
      continue
    }
    const { editionId } = record.value
    if (!deps.editionIds.has(editionId)) {
      note('rejected', index, item, reasons.unknownEdition(editionId))
      continue
    }
    const key = duplicateKey(record.value)
    const duplicateOf = seen.get(key)
    if (duplicateOf !== undefined) {
      note('skipped', index, item, duplicateOf === null ? reasons.existing : reasons.earlier(duplicateOf))
      continue
    }
    if ((perEdition.get(editionId) ?? 0) >= MAX_BOOKMARKS_PER_EDITION) {
      note('rejected', index, item, reasons.editionFull)
      continue
    }
    seen.set(key, index)
    perEdition.set(editionId, (perEdition.get(editionId) ?? 0) + 1)
    // Keeping exported ids makes a re-import into a fresh profile give the same bookmarks.
    const bookmark = usedIds.has(record.value.id) ? { ...record.value, id: deps.newId() } : record.value
    usedIds.add(bookmark.id)
    added.push(bookmark)
  }
  report.added = added.length
  return ok({ report, added })
}

function itemsOf(raw: unknown): unknown[] | null {
  const paged = v.safeParse(schemas.CollectionWithPageSchema, raw)
  if (paged.success) return paged.output.first.items
  const container = v.safeParse(schemas.ItemsContainerSchema, raw)
  if (container.success) return container.output.items
  const list = v.safeParse(schemas.ItemsSchema, raw)
  return list.success ? list.output : null
}

function toBookmark(item: unknown, deps: ImportContext): Result<Bookmark> {
  const parsed = v.safeParse(schemas.ImportedAnnotationSchema, item)
  if (!parsed.success) return fail('invalid-argument', reasonOf(parsed.issues))
  const annotation = parsed.output
  const target = parseTargetSource(annotation.target.source)
  if (!target) return fail('invalid-argument', reasons.notElshi)
  const selectors = [annotation.target.selector].flat()
  const quote = v.safeParse(
    schemas.ImportedQuoteSchema,
    selectors.find((s) => s.type === 'TextQuoteSelector')
  )
  if (!quote.success)
    return fail(
      'invalid-argument',
      selectors.some((s) => s.type === 'TextQuoteSelector') ? reasonOf(quote.issues) : reasons.noQuote
    )
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
  return record.success ? ok(record.output) : fail('invalid-argument', reasonOf(record.issues))
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
