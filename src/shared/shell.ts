/**
 * What the desktop shell tells the page: the About panel's facts, the third-party notices, and the
 * pushes for `elshi://` links (a passage to open, or a short notice when a link is refused).
 */
import * as v from 'valibot'
import type { ShortcutPlatform } from './menu/accelerators'
import { Slug } from './slug'

export interface EditionCredit {
  readonly title: string
  readonly author: string
  readonly byline: string
  /** The editors' own account of what they did to the text (chapters, titles, notes). */
  readonly editorsNote: string
}

export interface AppInfo {
  readonly name: string
  readonly version: string
  /** `null` outside Electron (the browser harness and the tests run the same services under Node). */
  readonly electron: string | null
  readonly chromium: string | null
  readonly node: string
  readonly platform: ShortcutPlatform
  /** Elshi's own licence (SPDX id). */
  readonly licence: string
  readonly editions: readonly EditionCredit[]
}

export interface ThirdPartyNotices {
  /** False when the build did not generate the notices file (development, tests). */
  readonly available: boolean
  readonly text: string
}

/** Where an `elshi://` link points; main has parsed and checked it against the library. */
export const OpenPassageSchema = v.strictObject({
  editionId: Slug,
  chapterId: Slug,
  paragraphId: v.nullable(Slug)
})
export type OpenPassage = v.InferOutput<typeof OpenPassageSchema>

/**
 * Why main did not open an `elshi://` link, as a code the page puts into words in the interface
 * language (`errors.link.<code>` in the message files).
 */
export const LINK_REFUSALS = [
  'notText',
  'tooLong',
  'badCharacters',
  'notElshiLink',
  'encoded',
  'shape',
  'badIds',
  'badQuery',
  'badParagraph',
  'notInLibrary',
  'failed'
] as const
export type LinkRefusal = (typeof LINK_REFUSALS)[number]

/** A short notice for the reader from main: a link that was refused, and why. */
export const ShellNoticeSchema = v.strictObject({ link: v.picklist(LINK_REFUSALS) })
export type ShellNotice = v.InferOutput<typeof ShellNoticeSchema>
