/**
 * Known-item search on SOTU: famous phrases as a reader remembers them, typed without quotes, many
 * with a typo, and the one address that holds each (checked against the texts: each phrase, spelled
 * right, stands in exactly that address). The score is the rank of that address among the results
 * (chapters in result order) and the mean reciprocal rank over the set.
 */
export interface KnownItem {
  readonly query: string
  /** The SOTU chapter id of the address holding the phrase. */
  readonly chapterId: string
}

export const KNOWN_ITEMS: readonly KnownItem[] = [
  { query: 'axis of evel', chapterId: '2002-george-w-bush' },
  { query: 'big government is over', chapterId: '1996-william-j-clinton' },
  { query: 'era of big goverment is over', chapterId: '1996-william-j-clinton' },
  { query: 'a thousand points of light', chapterId: '1991-george-bush' },
  { query: 'thousand points of ligth', chapterId: '1991-george-bush' },
  { query: 'unconditional war on povrety', chapterId: '1964-lyndon-b-johnson' },
  { query: 'our generations sputnik moment', chapterId: '2011-barack-obama' },
  { query: 'sputnik momment', chapterId: '2011-barack-obama' },
  { query: 'four essential human freedms', chapterId: '1941-franklin-d-roosevelt' },
  { query: 'a new covenent', chapterId: '1995-william-j-clinton' },
  { query: 'peace dividnd', chapterId: '1993-william-j-clinton' },
  { query: 'new federalizm', chapterId: '1970-richard-nixon' },
  { query: 'a rendezvous with destinny', chapterId: '1939-franklin-d-roosevelt' },
  { query: 'the shadow of crisis has pased', chapterId: '2015-barack-obama' },
  { query: 'we cannot escape histroy', chapterId: '1982-ronald-reagan' },
  { query: 'the new fundation', chapterId: '1979-jimmy-carter' }
]

/** 1-based rank of the chapter among the results' groups, or null when it is not listed. */
export function rankOf(groups: readonly { chapterId: string }[], chapterId: string): number | null {
  const at = groups.findIndex((group) => group.chapterId === chapterId)
  return at < 0 ? null : at + 1
}

export function meanReciprocalRank(ranks: readonly (number | null)[]): number {
  return ranks.reduce<number>((sum, rank) => sum + (rank ? 1 / rank : 0), 0) / ranks.length
}
