/**
 * The rows of the keyboard-shortcut sheet: the menu's accelerators (from the one table main builds the
 * menu from) and the page's own keys, written the platform's way (⌘ on macOS, Ctrl elsewhere).
 */
import {
  acceleratorFor,
  displayAccelerator,
  type MenuAction,
  type ShortcutPlatform
} from '../../../shared/menu/accelerators'
import { t } from '../i18n'
import { localizeKeys } from '../i18n/keys'

export interface ShortcutRow {
  readonly action: string
  /** Each entry is one way to do it ("⌘K", "⌘F"). */
  readonly keys: readonly string[]
}
export interface ShortcutGroup {
  readonly title: string
  readonly rows: readonly ShortcutRow[]
}

export function shortcutSheet(platform: ShortcutPlatform): ShortcutGroup[] {
  const menu = (action: string, name: MenuAction): ShortcutRow => {
    const accelerator = acceleratorFor(name, platform)
    return { action, keys: accelerator ? [localizeKeys(displayAccelerator(accelerator, platform))] : [] }
  }
  const page = (action: string, ...accelerators: string[]): ShortcutRow => ({
    action,
    keys: accelerators.map((accelerator) => localizeKeys(displayAccelerator(accelerator, platform)))
  })
  return [
    {
      title: t('shortcuts.groups.reading'),
      rows: [
        menu(t('shortcuts.back'), 'back'),
        menu(t('shortcuts.forward'), 'forward'),
        menu(t('shortcuts.previousChapter'), 'previous-chapter'),
        menu(t('shortcuts.nextChapter'), 'next-chapter'),
        menu(t('shortcuts.contents'), 'contents'),
        menu(t('shortcuts.glossary'), 'glossary'),
        menu(t('shortcuts.timeline'), 'timeline'),
        menu(t('shortcuts.bookmarks'), 'bookmarks'),
        page(t('shortcuts.bookmarkSelection'), 'CmdOrCtrl+D'),
        page(t('shortcuts.openNote'), 'Enter'),
        page(t('shortcuts.closeNote'), 'Escape')
      ]
    },
    {
      title: t('shortcuts.groups.search'),
      rows: [
        page(t('shortcuts.search'), 'CmdOrCtrl+K', 'CmdOrCtrl+F'),
        page(t('shortcuts.nextHit'), 'Enter', 'F3'),
        page(t('shortcuts.previousHit'), 'Shift+Enter', 'Shift+F3'),
        page(t('shortcuts.clearSearch'), 'Escape')
      ]
    },
    {
      title: t('shortcuts.groups.window'),
      rows: [
        menu(t('shortcuts.zoomIn'), 'zoom-in'),
        menu(t('shortcuts.zoomOut'), 'zoom-out'),
        menu(t('shortcuts.actualSize'), 'zoom-reset'),
        menu(t('shortcuts.fullScreen'), 'full-screen'),
        menu(t('shortcuts.settings'), 'settings'),
        menu(t('shortcuts.print'), 'print'),
        menu(t('shortcuts.title'), 'keyboard-shortcuts')
      ]
    }
  ]
}
