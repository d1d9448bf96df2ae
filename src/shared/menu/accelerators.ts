/**
 * The application menu's keyboard shortcuts, in Electron's accelerator syntax: one table for the menu
 * (main) and the shortcut sheet (the page), so the sheet always lists what the menu really does.
 */
import type { MenuCommand } from './commands'

/** Menu actions main carries out itself, beside the commands it sends to the page. */
export type MainMenuAction = 'zoom-in' | 'zoom-out' | 'zoom-reset' | 'full-screen'
export type MenuAction = MenuCommand | MainMenuAction
export type ShortcutPlatform = 'darwin' | 'win32' | 'linux'

interface Accelerator {
  readonly mac: string
  readonly other: string
}
const both = (accelerator: string): Accelerator => ({ mac: accelerator, other: accelerator })

const ACCELERATORS: Partial<Record<MenuAction, Accelerator>> = {
  find: both('CmdOrCtrl+F'),
  print: both('CmdOrCtrl+P'),
  settings: both('CmdOrCtrl+,'),
  'zoom-in': both('CmdOrCtrl+='),
  'zoom-out': both('CmdOrCtrl+-'),
  'zoom-reset': both('CmdOrCtrl+0'),
  'full-screen': { mac: 'Ctrl+Cmd+F', other: 'F11' },
  back: { mac: 'Cmd+[', other: 'Alt+Left' },
  forward: { mac: 'Cmd+]', other: 'Alt+Right' },
  'previous-chapter': { mac: 'Cmd+Alt+Left', other: 'Ctrl+PageUp' },
  'next-chapter': { mac: 'Cmd+Alt+Right', other: 'Ctrl+PageDown' },
  contents: both('CmdOrCtrl+1'),
  glossary: both('CmdOrCtrl+2'),
  timeline: both('CmdOrCtrl+3'),
  bookmarks: both('CmdOrCtrl+4'),
  'keyboard-shortcuts': both('CmdOrCtrl+/')
}

export function acceleratorFor(action: MenuAction, platform: ShortcutPlatform): string | undefined {
  const accelerator = ACCELERATORS[action]
  return platform === 'darwin' ? accelerator?.mac : accelerator?.other
}

const MAC_KEYS: Record<string, string> = {
  CmdOrCtrl: '⌘',
  Cmd: '⌘',
  Ctrl: '⌃',
  Alt: '⌥',
  Shift: '⇧',
  Left: '←',
  Right: '→',
  Up: '↑',
  Down: '↓',
  PageUp: 'Page Up',
  PageDown: 'Page Down'
}
const OTHER_KEYS: Record<string, string> = {
  CmdOrCtrl: 'Ctrl',
  Left: '←',
  Right: '→',
  Up: '↑',
  Down: '↓',
  PageUp: 'Page Up',
  PageDown: 'Page Down'
}

/** How a person reads an accelerator: "⌘[" on macOS, "Alt+←" elsewhere. */
export function displayAccelerator(accelerator: string, platform: ShortcutPlatform): string {
  const mac = platform === 'darwin'
  const keys = accelerator.split('+').map((key) => (mac ? MAC_KEYS : OTHER_KEYS)[key] ?? key)
  return mac ? keys.join('') : keys.join('+')
}
