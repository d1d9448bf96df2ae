/**
 * On Windows the mouse's back and forward buttons (4 and 5) reach the window as Electron's `app-command`
 * event ('browser-backward' / 'browser-forward'); they go to the page as the same Back / Forward commands
 * as the Go menu. Elsewhere the page hears the buttons itself (HistoryButtons.vue), which on Windows
 * leaves them to this mapping so that one press never goes back twice.
 */
import type { MenuCommand } from '../../shared/menu/commands'

const APP_COMMANDS: Readonly<Record<string, MenuCommand>> = {
  'browser-backward': 'back',
  'browser-forward': 'forward'
}

/** The menu command an app-command stands for, or null (other platforms, media keys and the like). */
export function menuCommandForAppCommand(platform: NodeJS.Platform, appCommand: string): MenuCommand | null {
  if (platform !== 'win32' || !Object.hasOwn(APP_COMMANDS, appCommand)) return null
  return APP_COMMANDS[appCommand] ?? null
}
