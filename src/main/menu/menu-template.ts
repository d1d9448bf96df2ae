/**
 * The application menu, as data: a pure function of the platform and the build, so every item's
 * accelerator and the command it sends can be tested without Electron. macOS gets its app menu (About,
 * Settings…, Hide, Quit) and a Window menu; Windows and Linux get File / Edit / View / Go / Help with
 * Settings… in View and About in Help. Packaged builds have no Reload and no DevTools.
 */
import type { MenuItemConstructorOptions } from 'electron'
import { acceleratorFor, type MenuAction } from '../../shared/menu/accelerators'
import type { MenuCommand } from '../../shared/menu/commands'

export type MenuPlatform = 'darwin' | 'win32' | 'linux'
export type ZoomStep = 'in' | 'out' | 'reset'

/** A menu item as Electron takes it, with a click that needs nothing from Electron's event. */
export type MenuItemSpec = Omit<MenuItemConstructorOptions, 'click' | 'submenu'> & {
  click?: () => void
  submenu?: MenuItemSpec[]
}

export interface MenuActions {
  /** Hands a command to the page (the focused window's). */
  send(command: MenuCommand): void
  /** Zoom is main's: it is remembered in settings and applied to the window before the page loads. */
  zoom(step: ZoomStep): void
}

export interface MenuOptions {
  readonly platform: MenuPlatform
  readonly isPackaged: boolean
  readonly appName: string
}

const separator: MenuItemSpec = { type: 'separator' }

export function buildMenuTemplate(options: MenuOptions, actions: MenuActions): MenuItemSpec[] {
  const mac = options.platform === 'darwin'
  const keys = (action: MenuAction): Pick<MenuItemSpec, 'accelerator'> => {
    const accelerator = acceleratorFor(action, options.platform)
    return accelerator ? { accelerator } : {}
  }
  const command = (label: string, name: MenuCommand): MenuItemSpec => ({
    label,
    ...keys(name),
    click: () => actions.send(name)
  })
  const about = command(`About ${options.appName}`, 'about')
  const settings = command('Settings…', 'settings')

  const appMenu: MenuItemSpec = {
    label: options.appName,
    submenu: [
      about,
      separator,
      settings,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' }
    ]
  }

  const fileMenu: MenuItemSpec = {
    label: 'File',
    submenu: [
      command('Export bookmarks…', 'export-bookmarks'),
      command('Import bookmarks…', 'import-bookmarks'),
      command('Restore bookmarks…', 'restore-bookmarks'),
      separator,
      command('Print…', 'print'),
      command('Save as PDF…', 'save-pdf'),
      separator,
      mac ? { role: 'close' } : { role: 'quit' }
    ]
  }

  const editMenu: MenuItemSpec = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      command('Find', 'find')
    ]
  }

  const development: MenuItemSpec[] = options.isPackaged
    ? []
    : [separator, { role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }]

  const viewMenu: MenuItemSpec = {
    label: 'View',
    submenu: [
      { label: 'Zoom In', ...keys('zoom-in'), click: () => actions.zoom('in') },
      { label: 'Zoom Out', ...keys('zoom-out'), click: () => actions.zoom('out') },
      { label: 'Actual Size', ...keys('zoom-reset'), click: () => actions.zoom('reset') },
      separator,
      { role: 'togglefullscreen', ...keys('full-screen') },
      ...(mac ? [] : [separator, settings]),
      ...development
    ]
  }

  const goMenu: MenuItemSpec = {
    label: 'Go',
    submenu: [
      command('Back', 'back'),
      command('Forward', 'forward'),
      separator,
      command('Previous Chapter', 'previous-chapter'),
      command('Next Chapter', 'next-chapter'),
      separator,
      command('Contents', 'contents'),
      command('Glossary', 'glossary'),
      command('Timeline', 'timeline'),
      command('Bookmarks', 'bookmarks')
    ]
  }

  const helpMenu: MenuItemSpec = {
    role: 'help',
    label: 'Help',
    submenu: [
      command('Keyboard Shortcuts', 'keyboard-shortcuts'),
      // Updates (issue 9): the page asks main for one check and shows the answer in one line.
      command('Check for Updates…', 'check-updates'),
      ...(mac ? [] : [separator, about])
    ]
  }

  return mac
    ? [appMenu, fileMenu, editMenu, viewMenu, goMenu, { role: 'windowMenu' }, helpMenu]
    : [fileMenu, editMenu, viewMenu, goMenu, helpMenu]
}
