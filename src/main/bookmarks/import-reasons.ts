import * as v from 'valibot'
import { MAX_BOOKMARKS_PER_EDITION, MAX_NOTE_LENGTH, MAX_QUOTE_LENGTH } from '../../shared/bookmarks/schema'
import { reason, type Reason } from '../../shared/i18n/reasons'
import { truncate } from '../storage/file-envelope'

/**
 * Why an imported item was rejected or skipped, as typed messages a reader understands (words in the
 * message files, `errors.item.*`), and how the report names the item: by its quote when it has one,
 * else by its place in the file. Never validator text.
 */
export const reasons = {
  notAnnotation: reason('item.notAnnotation', {}),
  noTarget: reason('item.noTarget', {}),
  notElshi: reason('item.notElshi', {}),
  noQuote: reason('item.noQuote', {}),
  emptyQuote: reason('item.emptyQuote', {}),
  quoteTooLong: reason('item.quoteTooLong', { most: MAX_QUOTE_LENGTH }),
  noteTooLong: reason('item.noteTooLong', { most: MAX_NOTE_LENGTH }),
  unreadable: reason('item.unreadable', {}),
  unknownEdition: (editionId: string) =>
    reason('item.unknownEdition', { editionId: truncate(editionId, 40) }),
  editionFull: reason('item.editionFull', { most: MAX_BOOKMARKS_PER_EDITION }),
  existing: reason('item.existing', {}),
  earlier: (index: number) => reason('item.earlier', { item: index + 1 })
}

const QuoteOf = v.object({
  target: v.object({ selector: v.union([v.array(v.unknown()), v.unknown()]) })
})
const Quote = v.object({ type: v.literal('TextQuoteSelector'), exact: v.pipe(v.string(), v.minLength(1)) })

/** The quote of an item when it has one, else its place (counting from 1, as a reader would). */
export function itemName(item: unknown, index: number): Reason {
  const parsed = v.safeParse(QuoteOf, item)
  const selectors = parsed.success ? [parsed.output.target.selector].flat() : []
  for (const selector of selectors) {
    const quote = v.safeParse(Quote, selector)
    if (quote.success)
      return reason('item.quoted', { quote: truncate(quote.output.exact.replace(/\s+/g, ' ').trim(), 60) })
  }
  return reason('item.numbered', { item: index + 1 })
}

/** The first issue's meaning for the reader, from where it was found. */
export function reasonOf(issues: readonly v.BaseIssue<unknown>[]): Reason {
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
