/** What a data-file notice says, as the codes of its sentences (main's tests assert codes, not words). */
import type { Reason } from '../../src/shared/i18n/reasons'
import type { StoreNotice } from '../../src/shared/storage/notice'

export const codesOf = (notice: StoreNotice | undefined): string[] =>
  notice?.message.map((sentence) => sentence.code) ?? []

/** The notice's sentences with their parameters. */
export const sentencesOf = (notice: StoreNotice | undefined): readonly Reason[] => notice?.message ?? []
