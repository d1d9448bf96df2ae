/**
 * The colour the window paints before the page has loaded: the theme's page background, so a reader in
 * dark mode never sees a light flash. The values are main.css's `--paper` for each theme.
 */
import type { Settings } from '../../shared/settings/schema'

export const PAPER = { light: '#f7f4ee', dark: '#1c1b19' } as const

export function firstPaintBackground(theme: Settings['reading']['theme'], systemDark: boolean): string {
  if (theme === 'dark') return PAPER.dark
  if (theme === 'system') return systemDark ? PAPER.dark : PAPER.light
  // 'light', and 'sepia' until its own colour exists: both are light, warm papers.
  return PAPER.light
}
