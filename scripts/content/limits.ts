/**
 * What one edition may hold. Generous for real editions (the bundled article is 17 KB; SOTU, the largest
 * test edition, has 3.9 KB paragraphs, 223 KB chapters, 267 paragraphs a chapter and 11 MB in all), small
 * enough that a hostile or broken folder cannot make the build, or the reader, hold gigabytes.
 */
export const LIMITS = {
  /** UTF-8 bytes of one paragraph's Markdown. */
  paragraphBytes: 32 * 1024,
  /** Bytes of one chapter file. */
  chapterBytes: 1024 * 1024,
  /** Bytes of every file the edition names, together (manifest, chapters, source, annotations). */
  editionBytes: 64 * 1024 * 1024,
  paragraphsPerChapter: 2_000,
  annotationsPerEdition: 5_000
} as const

/** The limits one build holds an edition to: the defaults above, or raised for a stress test of search. */
export type Limits = { readonly [K in keyof typeof LIMITS]: number }

const grouped = (n: number): string => n.toLocaleString('en-US')
const binary = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MiB` : `${bytes / 1024} KiB`

/** "1,048,577 bytes; the chapter size limit is 1,048,576 bytes (1 MiB)". */
export const overBytes = (actual: number, limitName: string, limit: number): string =>
  `${grouped(actual)} bytes; the ${limitName} limit is ${grouped(limit)} bytes (${binary(limit)})`

/** "2,001 paragraphs; the paragraphs-per-chapter limit is 2,000". */
export const overCount = (actual: number, noun: string, limitName: string, limit: number): string =>
  `${grouped(actual)} ${noun}; the ${limitName} limit is ${grouped(limit)}`
