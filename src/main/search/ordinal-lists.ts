/**
 * Ascending lists of paragraph ordinals (postings, matches): copied, merged and intersected with
 * typed arrays and cursors, linear in the lists, with no set and no sort per query.
 */

/** A postings list as a plain array, by a loop: Array.from(typed array) goes through the iterator. */
export function arrayOf(list: Int32Array): number[] {
  const out = new Array<number>(list.length)
  for (let i = 0; i < list.length; i++) out[i] = list[i]!
  return out
}

/**
 * Union of ascending lists (a prefix's expansions): a mark per paragraph, no set and no sort. Only the
 * span the lists cover is read back, into an array of the known length.
 */
export function union(lists: readonly Int32Array[], size: number): number[] {
  const filled = lists.filter((list) => list.length > 0)
  if (filled.length === 1) return arrayOf(filled[0]!)
  const marked = new Uint8Array(size)
  let count = 0
  let low = size
  let high = 0
  for (const list of filled) {
    low = Math.min(low, list[0]!)
    high = Math.max(high, list[list.length - 1]! + 1)
    for (let i = 0; i < list.length; i++) {
      const ordinal = list[i]!
      if (marked[ordinal]) continue
      marked[ordinal] = 1
      count++
    }
  }
  const out = new Array<number>(count)
  for (let ordinal = low, at = 0; ordinal < high; ordinal++) if (marked[ordinal]) out[at++] = ordinal
  return out
}

/**
 * Ordinals of the shortest list that every other list holds too. The lists are ascending, so each
 * other list is walked once with a cursor, instead of being copied into a set per query.
 */
export function intersection(lists: readonly ArrayLike<number>[]): number[] {
  const sorted = [...lists].sort((a, b) => a.length - b.length)
  const [shortest, ...others] = sorted
  if (!shortest) return []
  const cursors = new Int32Array(others.length)
  const out: number[] = []
  candidates: for (let i = 0; i < shortest.length; i++) {
    const ordinal = shortest[i]!
    for (let k = 0; k < others.length; k++) {
      const list = others[k]!
      let at = cursors[k]!
      while (at < list.length && list[at]! < ordinal) at++
      cursors[k] = at
      if (list[at] !== ordinal) continue candidates
    }
    out.push(ordinal)
  }
  return out
}

/** How many paragraphs of an ascending list are also in an ascending context. */
export function countIn(list: ArrayLike<number>, context: readonly number[]): number {
  let count = 0
  let at = 0
  for (let i = 0; i < list.length && at < context.length; i++) {
    while (at < context.length && context[at]! < list[i]!) at++
    if (context[at] === list[i]) count++
  }
  return count
}

/** Ascending ordinals in every list (null for no lists: no context). */
export function intersectAll(lists: readonly ArrayLike<number>[]): number[] | null {
  if (lists.length === 0) return null
  return intersection(lists)
}
