import * as v from 'valibot'

/**
 * What the application menu asks the page to do. Main sends one of these as the `menuCommand` push;
 * the preload checks it against this list, so a menu item can never reach the page as a raw channel.
 * Items main handles itself (zoom, full screen, quit) are not commands.
 */
export const MENU_COMMANDS = [
  'find',
  'back',
  'forward',
  'previous-chapter',
  'next-chapter',
  'contents',
  'glossary',
  'timeline',
  'bookmarks',
  'export-bookmarks',
  'import-bookmarks',
  'settings',
  'print',
  'save-pdf',
  'keyboard-shortcuts',
  'about',
  // User data (issue 14): opens the Restore… view of saved bookmark versions.
  'restore-bookmarks',
  // Updates: Help → Check for Updates…; the page shows the one-line status it answers with.
  'check-updates'
] as const

export const MenuCommandSchema = v.strictObject({ command: v.picklist(MENU_COMMANDS) })
export type MenuCommand = (typeof MENU_COMMANDS)[number]
