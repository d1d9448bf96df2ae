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
  const show = (accelerator: string): string => displayAccelerator(accelerator, platform)
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
      title: 'Reading',
      rows: [
        menu('Back', 'back'),
        menu('Forward', 'forward'),
        menu('Previous chapter', 'previous-chapter', 'Left'),
        menu('Next chapter', 'next-chapter', 'Right'),
        menu('Contents', 'contents'),
        menu('Glossary', 'glossary'),
        menu('Timeline', 'timeline'),
        menu('Bookmarks', 'bookmarks'),
        page('Bookmark the selected passage', 'CmdOrCtrl+D'),
        page('Open a focused note', 'Enter'),
        page('Close the open note', 'Escape'),
        page('Next pane (top bar, contents or results, text, note)', 'F6'),
        page('Previous pane', 'Shift+F6')
      ]
    },
    {
      title: 'Selecting a passage',
      rows: [
        page('Selection mode on or off', 'F7'),
        page('Selection mode from a focused paragraph', 'Enter'),
        page('Move by word', 'Left', 'Right'),
        page('Move by sentence', 'Up', 'Down'),
        page('Select by word', 'Shift+Left', 'Shift+Right'),
        page('Select by sentence', 'Shift+Up', 'Shift+Down'),
        page('Bookmark, link or cite the selection', 'Enter'),
        page('Leave selection mode', 'Escape')
      ]
    },
    {
      title: 'Search',
      rows: [
        page('Search this edition', 'CmdOrCtrl+K', 'CmdOrCtrl+F'),
        page('Next hit', 'Enter', 'F3'),
        page('Previous hit', 'Shift+Enter', 'Shift+F3'),
        page('Clear the search and return to the text', 'Escape')
      ]
    },
    {
      title: 'Window',
      rows: [
        menu('Zoom in', 'zoom-in'),
        menu('Zoom out', 'zoom-out'),
        menu('Actual size', 'zoom-reset'),
        menu('Full screen', 'full-screen'),
        menu('Settings', 'settings'),
        menu('Print', 'print'),
        menu('Keyboard shortcuts', 'keyboard-shortcuts', '?')
      ]
    }
  ]
}
