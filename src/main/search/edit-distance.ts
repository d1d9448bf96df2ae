/**
 * Edit distance with a ceiling: insertions, deletions, substitutions and swaps of neighbours (the
 * usual typos). Only the band of cells within the ceiling of the diagonal is computed (a cell outside
 * it is always over the ceiling), and the comparison is abandoned as soon as a whole band exceeds it,
 * so checking a word against a whole vocabulary stays well under a millisecond. Rows are reused typed
 * arrays: no allocation per word.
 */
const MAX_LENGTH = 64
let before = new Int32Array(MAX_LENGTH + 2)
let previous = new Int32Array(MAX_LENGTH + 2)
let current = new Int32Array(MAX_LENGTH + 2)

export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return Infinity
  if (a === b) return 0
  if (a.length > MAX_LENGTH || b.length > MAX_LENGTH) return Infinity
  // Any value over the ceiling is as good as another: cells outside the band hold this one.
  const over = max + 1
  for (let j = 0; j <= b.length + 1; j++) previous[j] = j <= max ? j : over
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max)
    const to = Math.min(b.length, i + max)
    current[from - 1] = from === 1 && i <= max ? i : over
    current[to + 1] = over
    let bandBest = current[from - 1]!
    const ai = a.charCodeAt(i - 1)
    for (let j = from; j <= to; j++) {
      const bj = b.charCodeAt(j - 1)
      let value = previous[j - 1]! + (ai === bj ? 0 : 1)
      if (previous[j]! + 1 < value) value = previous[j]! + 1
      if (current[j - 1]! + 1 < value) value = current[j - 1]! + 1
      if (
        i > 1 &&
        j > 1 &&
        ai === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === bj &&
        before[j - 2]! + 1 < value
      )
        value = before[j - 2]! + 1
      current[j] = value
      if (value < bandBest) bandBest = value
    }
    if (bandBest > max) return Infinity
    const spent = before
    before = previous
    previous = current
    current = spent
  }
  const distance = previous[b.length]!
  return distance > max ? Infinity : distance
}

/**
 * The letters a word has, one bit each (folded into 32 bits, so any script works). One edit changes at
 * most two bits, so two words whose masks differ in more than 2 × ceiling bits are never within it:
 * a test of one instruction that spares most of a vocabulary the comparison above.
 */
export function letterMask(word: string): number {
  let mask = 0
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) & 31)
  return mask
}

export function bitsSet(mask: number): number {
  let bits = mask - ((mask >>> 1) & 0x55555555)
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333)
  return Math.imul((bits + (bits >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24
}

/** One typo in a short word, two in a longer one: more would "correct" words into other words. */
export const typoBudget = (word: string): number => (word.length <= 3 ? 0 : word.length <= 6 ? 1 : 2)
