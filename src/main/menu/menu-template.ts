/**
 * The application menu, as data: a pure function of the platform and the build, so every item's
 * accelerator and the command it sends can be tested without Electron. macOS gets its app menu (About,
 * Settings…, Hide, Quit) and a Window menu; Windows and Linux get File / Edit / View / Go / Help with
 * Settings… in View and About in Help. Packaged builds have no Reload and no DevTools.
 *
 * Every label is in the interface language (issue 12), from the `menu` message area: items Electron
 * implements keep their role (so undo, copy, hide, full screen… still behave natively) but carry our
 * label, since Electron names roles in English only. The menu is rebuilt when the language changes.
 */
import type { MenuItemConstructorOptions } from 'electron'
import { acceleratorFor, type MenuAction } from '../../shared/menu/accelerators'
import type { MenuCommand } from '../../shared/menu/commands'
import type { Locale } from '../../shared/i18n/locales'
import { mainTranslator } from '../../shared/i18n/main-translator'

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
  /** The interface language the labels are in. */
  readonly locale: Locale
}

const separator: MenuItemSpec = { type: 'separator' }

export function buildMenuTemplate(options: MenuOptions, actions: MenuActions): MenuItemSpec[] {
  const mac = options.platform === 'darwin'
  const t = mainTranslator(options.locale)
  const appName = { appName: options.appName }
  const keys = (action: MenuAction): Pick<MenuItemSpec, 'accelerator'> => {
    const accelerator = acceleratorFor(action, options.platform)
    return accelerator ? { accelerator } : {}
  }
  const command = (label: string, name: MenuCommand): MenuItemSpec => ({
    label,
    ...keys(name),
    click: () => actions.send(name)
  })
  const about = command(t('menu.app.about', appName), 'about')
  const settings = command(t('menu.app.settings'), 'settings')

  const appMenu: MenuItemSpec = {
    label: options.appName,
    submenu: [
      about,
      separator,
      settings,
      separator,
      { role: 'services', label: t('menu.app.services') },
      separator,
      { role: 'hide', label: t('menu.app.hide', appName) },
      { role: 'hideOthers', label: t('menu.app.hideOthers') },
      { role: 'unhide', label: t('menu.app.showAll') },
      separator,
      { role: 'quit', label: t('menu.app.quit', appName) }
    ]
  }

  const fileMenu: MenuItemSpec = {
    label: t('menu.file.title'),
    submenu: [
      command(t('menu.file.exportBookmarks'), 'export-bookmarks'),
      command(t('menu.file.importBookmarks'), 'import-bookmarks'),
      command(t('menu.file.restoreBookmarks'), 'restore-bookmarks'),
      separator,
      command(t('menu.file.print'), 'print'),
      command(t('menu.file.savePdf'), 'save-pdf'),
      separator,
      mac
        ? { role: 'close', label: t('menu.file.close') }
        : // Windows says Exit, Linux desktops Quit, as Electron's own labels do.
          { role: 'quit', label: t(options.platform === 'win32' ? 'menu.file.exit' : 'menu.file.quit') }
    ]
  }

  const editMenu: MenuItemSpec = {
    label: t('menu.edit.title'),
    submenu: [
      { role: 'undo', label: t('menu.edit.undo') },
      { role: 'redo', label: t('menu.edit.redo') },
      separator,
      { role: 'cut', label: t('menu.edit.cut') },
      { role: 'copy', label: t('menu.edit.copy') },
      { role: 'paste', label: t('menu.edit.paste') },
      { role: 'selectAll', label: t('menu.edit.selectAll') },
      separator,
      command(t('menu.edit.find'), 'find')
    ]
  }

  const development: MenuItemSpec[] = options.isPackaged
    ? []
    : [
        separator,
        { role: 'reload', label: t('menu.view.reload') },
        { role: 'forceReload', label: t('menu.view.forceReload') },
        { role: 'toggleDevTools', label: t('menu.view.devTools') }
      ]

  const viewMenu: MenuItemSpec = {
    label: t('menu.view.title'),
    submenu: [
      { label: t('menu.view.zoomIn'), ...keys('zoom-in'), click: () => actions.zoom('in') },
      { label: t('menu.view.zoomOut'), ...keys('zoom-out'), click: () => actions.zoom('out') },
      { label: t('menu.view.actualSize'), ...keys('zoom-reset'), click: () => actions.zoom('reset') },
      separator,
      { role: 'togglefullscreen', label: t('menu.view.fullScreen'), ...keys('full-screen') },
      ...(mac ? [] : [separator, settings]),
      ...development
    ]
  }

  const goMenu: MenuItemSpec = {
    label: t('menu.go.title'),
    submenu: [
      command(t('menu.go.back'), 'back'),
      command(t('menu.go.forward'), 'forward'),
      separator,
      command(t('menu.go.previousChapter'), 'previous-chapter'),
      command(t('menu.go.nextChapter'), 'next-chapter'),
      separator,
      command(t('menu.go.contents'), 'contents'),
      command(t('menu.go.glossary'), 'glossary'),
      command(t('menu.go.timeline'), 'timeline'),
      command(t('menu.go.bookmarks'), 'bookmarks')
    ]
  }

  const helpMenu: MenuItemSpec = {
    role: 'help',
    label: t('menu.help.title'),
    submenu: [
      command(t('menu.help.keyboardShortcuts'), 'keyboard-shortcuts'),
      // Updates (issue 9): the page asks main for one check and shows the answer in one line.
      command(t('menu.help.checkUpdates'), 'check-updates'),
      ...(mac ? [] : [separator, about])
    ]
  }

  // macOS's Window menu, as Electron's `windowMenu` role builds it, with our labels.
  const windowMenu: MenuItemSpec = {
    role: 'window',
    label: t('menu.window.title'),
    submenu: [
      { role: 'minimize', label: t('menu.window.minimize') },
      { role: 'zoom', label: t('menu.window.zoom') },
      separator,
      { role: 'front', label: t('menu.window.front') }
    ]
  }

  return mac
    ? [appMenu, fileMenu, editMenu, viewMenu, goMenu, windowMenu, helpMenu]
    : [fileMenu, editMenu, viewMenu, goMenu, helpMenu]
}
