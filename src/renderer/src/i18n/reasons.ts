/**
 * What main tells the reader (errors, data notices, import reports, refused links, the update line)
 * arrives as typed codes with parameters (src/shared/i18n/reasons.ts), never as English sentences:
 * these put them into words in the interface language, with its numbers and dates. Call them where
 * the text is shown (a template or a computed), so a change of language rewords what is on screen.
 */
import { describeReason, describeReasons, type Reason, type TranslateFn } from '../../../shared/i18n/reasons'
import type { ElshiError } from '../../../shared/result'
import type { LinkRefusal } from '../../../shared/shell'
import type { UpdateStatus } from '../../../shared/updates/status'
import { t } from '.'
import { formatMoment, formatNumber } from './format'

const translate: TranslateFn = (key, params, count) =>
  count === undefined ? t(key, params) : t(key, params, count)
const formats = { number: formatNumber, moment: formatMoment }

export const reasonText = (reason: Reason): string => describeReason(reason, translate, formats)

/** A notice's sentences, one after another. */
export const reasonsText = (reasons: readonly Reason[]): string =>
  describeReasons(reasons, translate, formats)

/** Why a call failed, in words. */
export const errorText = (error: ElshiError): string => reasonText(error.reason)

/** Why main did not open an elshi:// link. */
export const linkRefusalText = (refusal: LinkRefusal): string => t(`errors.link.${refusal}`)

/** The update check's one line; empty when there is nothing to say. */
export const updateLineText = (status: UpdateStatus): string =>
  status.line === null ? '' : t(`updates.${status.line}`, { version: status.version ?? '' })
