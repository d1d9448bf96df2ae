import * as v from 'valibot'
import { MAX_CONTEXT_LENGTH, MAX_QUOTE_LENGTH } from '../../shared/bookmarks/schema'

/**
 * What import accepts. Lenient where other annotation tools legitimately differ (extra properties,
 * body as one object or a list, optional prefix/suffix, no position), strict where Elshi needs a fact
 * (an `elshi:` target, a non-empty quote). Unknown selector types are ignored, not rejected.
 */
const Body = v.looseObject({
  type: v.optional(v.string()),
  value: v.optional(v.string()),
  purpose: v.optional(v.string())
})

const AnySelector = v.looseObject({ type: v.string() })

export const ImportedAnnotationSchema = v.looseObject({
  type: v.literal('Annotation'),
  id: v.optional(v.string()),
  created: v.optional(v.string()),
  modified: v.optional(v.string()),
  // Arrays first: an array is also an object, and would pass as an empty loose object.
  body: v.optional(v.union([v.array(Body), Body])),
  target: v.looseObject({
    source: v.pipe(v.string(), v.startsWith('elshi:', 'the target is not a passage of an Elshi edition')),
    selector: v.union([v.array(AnySelector), AnySelector])
  }),
  'elshi:paragraphId': v.optional(v.string()),
  'elshi:status': v.optional(v.picklist(['anchored', 'orphaned']))
})
export type ImportedAnnotation = v.InferOutput<typeof ImportedAnnotationSchema>

export const ImportedQuoteSchema = v.looseObject({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.minLength(1, 'the quote is empty'), v.maxLength(MAX_QUOTE_LENGTH)),
  prefix: v.optional(v.pipe(v.string(), v.maxLength(MAX_CONTEXT_LENGTH)), ''),
  suffix: v.optional(v.pipe(v.string(), v.maxLength(MAX_CONTEXT_LENGTH)), '')
})

export const ImportedPositionSchema = v.pipe(
  v.looseObject({
    type: v.literal('TextPositionSelector'),
    start: v.pipe(v.number(), v.integer(), v.minValue(0)),
    end: v.pipe(v.number(), v.integer(), v.minValue(0))
  }),
  v.check((p) => p.end >= p.start, 'the position ends before it starts')
)

/** The containers an export can come in: a collection (with an embedded first page or items), a page, or a list. */
export const ItemsSchema = v.array(v.unknown())
export const CollectionWithPageSchema = v.looseObject({
  type: v.literal('AnnotationCollection'),
  first: v.looseObject({ items: ItemsSchema })
})
export const ItemsContainerSchema = v.looseObject({
  type: v.picklist(['AnnotationCollection', 'AnnotationPage']),
  items: ItemsSchema
})
