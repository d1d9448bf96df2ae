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
  const show = (accelerator: string): string => localizeKeys(displayAccelerator(accelerator, platform))
  /** A menu item's accelerator, then any keys the page itself answers for the same action. */
  const menu = (action: string, name: MenuAction, ...pageKeys: string[]): ShortcutRow => {
    const accelerator = acceleratorFor(name, platform)
    return { action, keys: [...(accelerator ? [accelerator] : []), ...pageKeys].map(show) }
  }
  const page = (action: string, ...accelerators: string[]): ShortcutRow => ({
    action,
    keys: accelerators.map(show)
  })
  return [
    {
      title: t('shortcuts.groups.reading'),
      rows: [
        menu(t('shortcuts.back'), 'back'),
        menu(t('shortcuts.forward'), 'forward'),
        menu(t('shortcuts.previousChapter'), 'previous-chapter', 'Left'),
        menu(t('shortcuts.nextChapter'), 'next-chapter', 'Right'),
        menu(t('shortcuts.contents'), 'contents'),
        menu(t('shortcuts.glossary'), 'glossary'),
        menu(t('shortcuts.timeline'), 'timeline'),
        menu(t('shortcuts.bookmarks'), 'bookmarks'),
        page(t('shortcuts.bookmarkSelection'), 'CmdOrCtrl+D'),
        page(t('shortcuts.openNote'), 'Enter'),
        page(t('shortcuts.closeNote'), 'Escape'),
        page(t('shortcuts.nextPane'), 'F6'),
        page(t('shortcuts.previousPane'), 'Shift+F6')
      ]
    },
    {
      title: t('shortcuts.groups.selecting'),
      rows: [
        page(t('shortcuts.selectionMode'), 'F7'),
        page(t('shortcuts.selectionFromParagraph'), 'Enter'),
        page(t('shortcuts.moveByWord'), 'Left', 'Right'),
        page(t('shortcuts.moveBySentence'), 'Up', 'Down'),
        page(t('shortcuts.selectByWord'), 'Shift+Left', 'Shift+Right'),
        page(t('shortcuts.selectBySentence'), 'Shift+Up', 'Shift+Down'),
        page(t('shortcuts.actOnSelection'), 'Enter'),
        page(t('shortcuts.leaveSelection'), 'Escape')
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
        menu(t('shortcuts.title'), 'keyboard-shortcuts', '?')
      ]
    }
  ]
}
