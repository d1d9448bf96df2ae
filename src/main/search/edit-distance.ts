/**
 * Edit distance with a ceiling: insertions, deletions, substitutions and swaps of neighbours (the
 * usual typos), abandoned as soon as a whole row exceeds the ceiling, so checking a word against a
 * whole vocabulary stays in the low milliseconds. Rows are reused typed arrays: no allocation per word.
 */
const MAX_LENGTH = 64
const rows = [0, 1, 2].map(() => new Int32Array(MAX_LENGTH + 1))

export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return Infinity
  if (a === b) return 0
  if (a.length > MAX_LENGTH || b.length > MAX_LENGTH) return Infinity
  let before = rows[0]!
  let previous = rows[1]!
  let current = rows[2]!
  for (let j = 0; j <= b.length; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let rowBest = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      )
        value = Math.min(value, before[j - 2]! + 1)
      current[j] = value
      if (value < rowBest) rowBest = value
    }
    if (rowBest > max) return Infinity
    ;[before, previous, current] = [previous, current, before]
  }
  const distance = previous[b.length]!
  return distance > max ? Infinity : distance
}

/** One typo in a short word, two in a longer one: more would "correct" words into other words. */
export const typoBudget = (word: string): number => (word.length <= 3 ? 0 : word.length <= 6 ? 1 : 2)
