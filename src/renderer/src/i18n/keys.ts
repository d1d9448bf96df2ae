/**
 * Key names in the interface language where a convention exists. Russian and Kazakh keyboards and
 * software keep the Latin modifier names (Ctrl, Shift, Alt) and Enter; Space and Escape are named
 * the way their manuals name them ("Пробел", "Бос орын", "Esc").
 */
import { t } from '.'

const NAMED: Record<string, () => string> = {
  Enter: () => t('keys.enter'),
  Escape: () => t('keys.escape'),
  Space: () => t('keys.space')
}

/** "Shift+Enter" → "Shift+Enter", "Escape" → "Esc" in Russian; modifiers and symbols unchanged. */
export const localizeKeys = (display: string): string =>
  display.replace(/\b(?:Enter|Escape|Space)\b/gu, (key) => NAMED[key]?.() ?? key)
