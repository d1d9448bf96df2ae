/**
 * Turns the reading settings into what the stylesheets read: data-theme and data-paragraph-numbers on
 * <html>, and the reading tokens (face, size, line height, column width) as custom properties. One table
 * here, so the settings panel, the column and the margin-notes measure agree.
 */
import type { ReadingSettings } from '../../../shared/settings/schema'

export const TYPEFACE_FONTS: Record<ReadingSettings['typeface'], string> = {
  serif: 'var(--serif-literata)',
  sans: 'var(--sans-atkinson)',
  system: 'var(--system-ui)'
}
export const LINE_HEIGHT_VALUES: Record<ReadingSettings['lineHeight'], number> = {
  compact: 1.5,
  normal: 1.7,
  relaxed: 1.95
}
/** The column's width in rem (root font size, not the text size, so the page layout stays put). */
export const COLUMN_WIDTH_REM: Record<ReadingSettings['columnWidth'], number> = {
  narrow: 30,
  medium: 36,
  wide: 44
}

export function applyReadingSettings(root: HTMLElement, reading: ReadingSettings): void {
  root.dataset['theme'] = reading.theme
  root.dataset['paragraphNumbers'] = String(reading.paragraphNumbers)
  root.style.setProperty('--reading-font', TYPEFACE_FONTS[reading.typeface])
  root.style.setProperty('--text-size', `${reading.textSize}px`)
  root.style.setProperty('--line-height', String(LINE_HEIGHT_VALUES[reading.lineHeight]))
  root.style.setProperty('--measure', `${COLUMN_WIDTH_REM[reading.columnWidth]}rem`)
}
