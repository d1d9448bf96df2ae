import { describe, expect, it } from 'vitest'
import { shortcutSheet } from '../../src/renderer/src/composables/shortcutSheet'

const keysOf = (platform: 'darwin' | 'linux' | 'win32', action: string): readonly string[] =>
  shortcutSheet(platform)
    .flatMap((group) => group.rows)
    .find((row) => row.action === action)?.keys ?? []

describe('the keyboard-shortcut sheet', () => {
  it('writes the modifier the platform’s way: ⌘ on macOS, Ctrl elsewhere, never Ctrl on macOS', () => {
    expect(keysOf('darwin', 'Search this edition')).toEqual(['⌘K', '⌘F'])
    expect(keysOf('win32', 'Search this edition')).toEqual(['Ctrl+K', 'Ctrl+F'])
    const mac = shortcutSheet('darwin').flatMap((group) => group.rows.flatMap((row) => row.keys))
    expect(mac.filter((key) => key.includes('Ctrl'))).toEqual([])
  })

  it('lists the pane, selection-mode and sheet keys', () => {
    expect(keysOf('linux', 'Next pane (top bar, contents or results, text, note)')).toEqual(['F6'])
    expect(keysOf('darwin', 'Previous pane')).toEqual(['⇧F6'])
    expect(keysOf('linux', 'Selection mode on or off')).toEqual(['F7'])
    expect(keysOf('linux', 'Select by word')).toEqual(['Shift+←', 'Shift+→'])
    expect(keysOf('darwin', 'Select by sentence')).toEqual(['⇧↑', '⇧↓'])
    expect(keysOf('linux', 'Keyboard shortcuts')).toEqual(['Ctrl+/', '?'])
    expect(keysOf('linux', 'Next chapter')).toEqual(['Ctrl+Page Down', '→'])
  })
})
