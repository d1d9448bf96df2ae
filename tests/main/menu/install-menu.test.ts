import { describe, expect, it, vi } from 'vitest'
import { SettingsService } from '../../../src/main/settings/settings-service'
import { createLocaleService } from '../../../src/main/i18n/locale-service'
import { DEFAULT_SETTINGS } from '../../../src/shared/settings/schema'
import { useTempDir } from '../../support/temp-dir'
import { writesSettled } from '../../../src/main/storage/pending-writes'

interface Item {
  label?: string
  click?: () => void
  submenu?: Item[]
}
const electron = vi.hoisted(() => ({
  template: [] as Item[],
  sent: [] as [string, unknown][],
  focused: true
}))

vi.mock('electron', () => {
  const page = {
    webContents: {
      send: (channel: string, payload: unknown) => electron.sent.push([channel, payload]),
      isDestroyed: () => false
    }
  }
  return {
    app: { isPackaged: true, name: 'Elshi' },
    BrowserWindow: {
      getFocusedWindow: () => (electron.focused ? page : null),
      getAllWindows: () => [page]
    },
    Menu: {
      buildFromTemplate: (template: Item[]) => {
        electron.template = template
        return { template }
      },
      setApplicationMenu: vi.fn()
    }
  }
})

const { installApplicationMenu } = await import('../../../src/main/menu/install-menu')
const dir = useTempDir()

function click(label: string): void {
  const all = (items: Item[]): Item[] => items.flatMap((item) => [item, ...all(item.submenu ?? [])])
  const item = all(electron.template).find((candidate) => candidate.label === label)
  if (!item?.click) throw new Error(`no item ${label}`)
  item.click()
}

describe('the menu, wired to Electron', () => {
  it('sends a page command to the focused window as the typed menuCommand push', () => {
    const settings = {
      get: () => DEFAULT_SETTINGS,
      update: async () => ({ ok: true as const, value: { revision: 1, settings: DEFAULT_SETTINGS } }),
      onChange: () => () => undefined
    }
    installApplicationMenu(
      settings,
      createLocaleService(settings, () => ['en-US'])
    )
    electron.sent.length = 0
    click('Find')
    click('Keyboard Shortcuts')
    expect(electron.sent).toEqual([
      ['elshi:event:menuCommand', { command: 'find' }],
      ['elshi:event:menuCommand', { command: 'keyboard-shortcuts' }]
    ])
  })

  it('keeps zoom in settings, one step at a time from the current level', async () => {
    const settings = SettingsService.inFolder(dir())
    await settings.load()
    await settings.update({ zoomLevel: 2 })
    const levels: number[] = []
    settings.onChange((next) => levels.push(next.zoomLevel))
    installApplicationMenu(
      settings,
      createLocaleService(settings, () => [])
    )
    click('Zoom In')
    click('Zoom In')
    click('Actual Size')
    click('Zoom Out')
    expect(levels).toEqual([3, 4, 0, -1])
    // The clicks' saves are still being written: the folder is removed only once they are on disk.
    await writesSettled()
  })
})

describe('the menu in the interface language', () => {
  it('is built again in the new language as soon as the reader chooses one, and follows the OS again', async () => {
    const settings = SettingsService.inFolder(dir())
    await settings.load()
    const stop = installApplicationMenu(
      settings,
      createLocaleService(settings, () => ['kk-KZ'])
    )
    const top = (): (string | undefined)[] => electron.template.map((item) => item.label)
    expect(top()).toContain('Түзету')
    await settings.update({ language: 'ru' })
    expect(top()).toContain('Правка')
    click('Найти')
    expect(electron.sent.at(-1)).toEqual(['elshi:event:menuCommand', { command: 'find' }])
    await settings.update({ language: null })
    expect(top()).toContain('Түзету')
    stop()
    await settings.update({ language: 'en' })
    expect(top()).toContain('Түзету')
  })
})
