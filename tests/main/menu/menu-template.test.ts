import { describe, expect, it } from 'vitest'
import {
  buildMenuTemplate,
  type MenuItemSpec,
  type MenuPlatform,
  type ZoomStep
} from '../../../src/main/menu/menu-template'
import type { MenuCommand } from '../../../src/shared/menu/commands'
import type { Locale } from '../../../src/shared/i18n/locales'

interface Built {
  readonly menu: MenuItemSpec[]
  readonly sent: MenuCommand[]
  readonly zooms: ZoomStep[]
}

function build(platform: MenuPlatform, isPackaged = true, locale: Locale = 'en'): Built {
  const sent: MenuCommand[] = []
  const zooms: ZoomStep[] = []
  const menu = buildMenuTemplate(
    { platform, isPackaged, appName: 'Elshi', locale },
    { send: (command) => sent.push(command), zoom: (step) => zooms.push(step) }
  )
  return { menu, sent, zooms }
}

const topLabels = (menu: MenuItemSpec[]): (string | undefined)[] =>
  menu.map((item) => item.label ?? item.role)

function submenu(menu: MenuItemSpec[], label: string): MenuItemSpec[] {
  const found = menu.find((item) => item.label === label)
  if (!found?.submenu) throw new Error(`no menu ${label}`)
  return found.submenu
}

function allItems(menu: MenuItemSpec[]): MenuItemSpec[] {
  return menu.flatMap((item) => [item, ...allItems(item.submenu ?? [])])
}

/** Clicks the item and returns what it did: the command it sent or the zoom step it asked for. */
function press(built: Built, label: string): string {
  const item = allItems(built.menu).find((candidate) => candidate.label === label)
  if (!item?.click) throw new Error(`no clickable item ${label}`)
  built.sent.length = 0
  built.zooms.length = 0
  item.click()
  return [...built.sent, ...built.zooms.map((step) => `zoom ${step}`)].join(', ')
}

const acceleratorOf = (built: Built, label: string): string | undefined =>
  allItems(built.menu).find((item) => item.label === label)?.accelerator

/** [label, command or zoom step, accelerator on macOS, accelerator on Windows and Linux] */
const ITEMS: readonly [string, string, string | undefined, string | undefined][] = [
  ['Export bookmarks…', 'export-bookmarks', undefined, undefined],
  ['Import bookmarks…', 'import-bookmarks', undefined, undefined],
  ['Restore bookmarks…', 'restore-bookmarks', undefined, undefined],
  ['Print…', 'print', 'CmdOrCtrl+P', 'CmdOrCtrl+P'],
  ['Save as PDF…', 'save-pdf', undefined, undefined],
  ['Find', 'find', 'CmdOrCtrl+F', 'CmdOrCtrl+F'],
  ['Zoom In', 'zoom in', 'CmdOrCtrl+=', 'CmdOrCtrl+='],
  ['Zoom Out', 'zoom out', 'CmdOrCtrl+-', 'CmdOrCtrl+-'],
  ['Actual Size', 'zoom reset', 'CmdOrCtrl+0', 'CmdOrCtrl+0'],
  ['Settings…', 'settings', 'CmdOrCtrl+,', 'CmdOrCtrl+,'],
  ['Back', 'back', 'Cmd+[', 'Alt+Left'],
  ['Forward', 'forward', 'Cmd+]', 'Alt+Right'],
  ['Previous Chapter', 'previous-chapter', 'Cmd+Alt+Left', 'Ctrl+PageUp'],
  ['Next Chapter', 'next-chapter', 'Cmd+Alt+Right', 'Ctrl+PageDown'],
  ['Contents', 'contents', 'CmdOrCtrl+1', 'CmdOrCtrl+1'],
  ['Glossary', 'glossary', 'CmdOrCtrl+2', 'CmdOrCtrl+2'],
  ['Timeline', 'timeline', 'CmdOrCtrl+3', 'CmdOrCtrl+3'],
  ['Bookmarks', 'bookmarks', 'CmdOrCtrl+4', 'CmdOrCtrl+4'],
  ['Keyboard Shortcuts', 'keyboard-shortcuts', 'CmdOrCtrl+/', 'CmdOrCtrl+/'],
  ['Check for Updates…', 'check-updates', undefined, undefined],
  ['About Elshi', 'about', undefined, undefined]
]

describe('application menu on macOS', () => {
  const mac = build('darwin')

  it('has the app menu first, then File, Edit, View, Go, Window and Help', () => {
    expect(topLabels(mac.menu)).toEqual(['Elshi', 'File', 'Edit', 'View', 'Go', 'Window', 'Help'])
  })

  it('puts About, Settings…, Hide and Quit in the app menu', () => {
    const app = submenu(mac.menu, 'Elshi')
    expect(app.map((item) => item.role ?? item.label ?? item.type)).toEqual([
      'About Elshi',
      'separator',
      'Settings…',
      'separator',
      'services',
      'separator',
      'hide',
      'hideOthers',
      'unhide',
      'separator',
      'quit'
    ])
    expect(app.find((item) => item.role === 'hide')?.label).toBe('Hide Elshi')
    expect(app.find((item) => item.role === 'quit')?.label).toBe('Quit Elshi')
    // Settings and About are not repeated elsewhere on macOS; File closes the window instead of quitting.
    expect(allItems(mac.menu).filter((item) => item.label === 'Settings…')).toHaveLength(1)
    expect(allItems(mac.menu).filter((item) => item.label === 'About Elshi')).toHaveLength(1)
    expect(submenu(mac.menu, 'File').some((item) => item.role === 'quit')).toBe(false)
    expect(submenu(mac.menu, 'File').some((item) => item.role === 'close')).toBe(true)
  })

  it.each(ITEMS)('%s sends %s with accelerator %s', (label, action, accelerator) => {
    expect(press(mac, label)).toBe(action)
    expect(acceleratorOf(mac, label)).toBe(accelerator)
  })

  it('toggles full screen with Ctrl+Cmd+F', () => {
    const fullScreen = submenu(mac.menu, 'View').find((item) => item.role === 'togglefullscreen')
    expect(fullScreen?.accelerator).toBe('Ctrl+Cmd+F')
  })
})

describe.each(['win32', 'linux'] as const)('application menu on %s', (platform) => {
  const built = build(platform)

  it('has File, Edit, View, Go and Help', () => {
    expect(topLabels(built.menu)).toEqual(['File', 'Edit', 'View', 'Go', 'Help'])
  })

  it('puts Settings… in View, About in Help and Quit at the end of File', () => {
    expect(submenu(built.menu, 'View').some((item) => item.label === 'Settings…')).toBe(true)
    expect(submenu(built.menu, 'Help').some((item) => item.label === 'About Elshi')).toBe(true)
    expect(submenu(built.menu, 'File').at(-1)?.role).toBe('quit')
    expect(allItems(built.menu).some((item) => item.role === 'hide' || item.role === 'services')).toBe(false)
  })

  it.each(ITEMS)('%s sends %s with accelerator (Windows/Linux: %4$s)', (label, action, _mac, accelerator) => {
    expect(press(built, label)).toBe(action)
    expect(acceleratorOf(built, label)).toBe(accelerator)
  })

  it('toggles full screen with F11', () => {
    const fullScreen = submenu(built.menu, 'View').find((item) => item.role === 'togglefullscreen')
    expect(fullScreen?.accelerator).toBe('F11')
  })
})

describe.each(['darwin', 'win32', 'linux'] as const)('development tools on %s', (platform) => {
  const developerRoles = ['reload', 'forceReload', 'toggleDevTools']
  const roles = (menu: MenuItemSpec[]): unknown[] => allItems(menu).map((item) => item.role)

  it('packaged builds have no Reload and no DevTools', () => {
    const packaged = roles(build(platform, true).menu)
    for (const role of developerRoles) expect(packaged).not.toContain(role)
  })

  it('development builds keep them in View', () => {
    const view = submenu(build(platform, false).menu, 'View').map((item) => item.role)
    for (const role of developerRoles) expect(view).toContain(role)
  })

  it('every item that does something has exactly one action: a role or a click', () => {
    for (const item of allItems(build(platform, false).menu)) {
      if (item.type === 'separator' || item.submenu) continue
      expect(Boolean(item.role) !== Boolean(item.click), item.label ?? String(item.role)).toBe(true)
    }
  })

  it('no two items share an accelerator', () => {
    const accelerators = allItems(build(platform, false).menu).flatMap((item) =>
      item.accelerator ? [item.accelerator] : []
    )
    expect(new Set(accelerators).size).toBe(accelerators.length)
  })
})

describe.each(['darwin', 'win32', 'linux'] as const)('Check for Updates… on %s', (platform) => {
  it('is in the Help menu, with no shortcut, and only sends the command (the page asks main)', () => {
    const built = build(platform)
    const help = submenu(built.menu, 'Help')
    expect(help.map((item) => item.label).slice(0, 2)).toEqual(['Keyboard Shortcuts', 'Check for Updates…'])
    expect(allItems(built.menu).filter((item) => item.label === 'Check for Updates…')).toHaveLength(1)
    expect(press(built, 'Check for Updates…')).toBe('check-updates')
  })
})

/** [locale, platform, top-level labels] */
const TOP_LEVEL: readonly [Locale, MenuPlatform, string[]][] = [
  ['ru', 'darwin', ['Elshi', 'Файл', 'Правка', 'Вид', 'Переход', 'Окно', 'Справка']],
  ['ru', 'win32', ['Файл', 'Правка', 'Вид', 'Переход', 'Справка']],
  ['kk', 'darwin', ['Elshi', 'Файл', 'Түзету', 'Түрі', 'Өту', 'Терезе', 'Көмек']],
  ['kk', 'linux', ['Файл', 'Түзету', 'Түрі', 'Өту', 'Көмек']]
]

describe.each(TOP_LEVEL)('the %s menu on %s', (locale, platform, top) => {
  const built = build(platform, false, locale)
  const english = new Set(allItems(build(platform, false, 'en').menu).flatMap((item) => item.label ?? []))

  it('names its menus in that language', () => {
    expect(topLabels(built.menu)).toEqual(top)
  })

  it('labels every item, roles included, and none in English', () => {
    for (const item of allItems(built.menu)) {
      if (item.type === 'separator') continue
      expect(item.label, String(item.role)).toBeTruthy()
      if (item.label !== 'Elshi') expect(english.has(item.label ?? ''), item.label).toBe(false)
    }
  })

  it('keeps each command and shortcut whatever the language', () => {
    const en = build(platform, false, 'en')
    const shape = (menu: MenuItemSpec[]) =>
      allItems(menu).map((item) => [item.role ?? null, item.accelerator ?? null, item.type ?? null])
    expect(shape(built.menu)).toEqual(shape(en.menu))
    const find = locale === 'ru' ? 'Найти' : 'Табу'
    expect(press(built, find)).toBe('find')
    expect(press(built, locale === 'ru' ? 'Следующая глава' : 'Келесі тарау')).toBe('next-chapter')
  })
})

it('names the app in About and Quit as the build names it, in each language', () => {
  const labels = (locale: Locale) => allItems(build('darwin', true, locale).menu).map((item) => item.label)
  expect(labels('ru')).toEqual(expect.arrayContaining(['О программе Elshi', 'Завершить Elshi']))
  expect(labels('kk')).toEqual(expect.arrayContaining(['Elshi туралы', 'Elshi қолданбасынан шығу']))
  const win = allItems(build('win32', true, 'ru').menu)
  expect(win.find((item) => item.role === 'quit')?.label).toBe('Выход')
  expect(allItems(build('win32', true, 'en').menu).find((item) => item.role === 'quit')?.label).toBe('Exit')
  expect(allItems(build('linux', true, 'en').menu).find((item) => item.role === 'quit')?.label).toBe('Quit')
})
