import * as v from 'valibot'
import { MAX_BOOKMARKS_PER_EDITION, MAX_NOTE_LENGTH, MAX_QUOTE_LENGTH } from '../../shared/bookmarks/schema'
import { truncate } from '../storage/file-envelope'

/**
 * Why an imported item was rejected or skipped, in words a reader understands, and how the report
 * names the item: by its quote when it has one, else by its place in the file. Never validator text.
 */
export const reasons = {
  notAnnotation: 'it is not an annotation',
  noTarget: 'it does not say which passage it marks',
  notElshi: 'it marks something that is not a passage of an Elshi edition',
  noQuote: 'it has no quoted passage',
  emptyQuote: 'its quote is empty',
  quoteTooLong: `its quoted passage is longer than ${MAX_QUOTE_LENGTH.toLocaleString('en')} characters`,
  noteTooLong: `its note is longer than ${MAX_NOTE_LENGTH.toLocaleString('en')} characters`,
  unreadable: 'some of its details are not in a form Elshi can read',
  unknownEdition: (editionId: string) =>
    `it belongs to an edition that is not installed (“${truncate(editionId, 40)}”)`,
  editionFull: `its edition already has ${MAX_BOOKMARKS_PER_EDITION.toLocaleString('en')} bookmarks, the most Elshi keeps for one edition`,
  existing: 'it is already among your bookmarks',
  earlier: (index: number) => `it repeats item ${index + 1} of this file`
}

const QuoteOf = v.object({
  target: v.object({ selector: v.union([v.array(v.unknown()), v.unknown()]) })
})
const Quote = v.object({ type: v.literal('TextQuoteSelector'), exact: v.pipe(v.string(), v.minLength(1)) })

/** “the quote…” of an item when it has one, else “Item 3” (counting from 1, as a reader would). */
export function itemName(item: unknown, index: number): string {
  const parsed = v.safeParse(QuoteOf, item)
  const selectors = parsed.success ? [parsed.output.target.selector].flat() : []
  for (const selector of selectors) {
    const quote = v.safeParse(Quote, selector)
    if (quote.success) return `“${truncate(quote.output.exact.replace(/\s+/g, ' ').trim(), 60)}”`
  }
  return `Item ${index + 1}`
}

/** The first issue's meaning for the reader, from where it was found. */
export function reasonOf(issues: readonly v.BaseIssue<unknown>[]): string {
  const [issue] = issues
  if (!issue) return reasons.unreadable
  const path = v.getDotPath(issue) ?? ''
  if (path === '') return reasons.notAnnotation
  if (path === 'type') return reasons.notAnnotation
  if (path === 'target' || path === 'target.selector') return reasons.noTarget
  if (path === 'target.source') return reasons.notElshi
  if (path === 'exact' || path.endsWith('quote.exact'))
    return issue.type === 'max_length' ? reasons.quoteTooLong : reasons.emptyQuote
  if (path === 'note' || path.startsWith('body'))
    return issue.type === 'max_length' ? reasons.noteTooLong : reasons.unreadable
  return reasons.unreadable
}
