import { describe, expect, it } from 'vitest'
import { menuCommandForAppCommand } from '../../../src/main/menu/app-commands'

describe("the mouse's back and forward buttons on Windows (app-command)", () => {
  it('go Back and Forward, as the Go menu does', () => {
    expect(menuCommandForAppCommand('win32', 'browser-backward')).toBe('back')
    expect(menuCommandForAppCommand('win32', 'browser-forward')).toBe('forward')
  })

  it('leave every other app command alone', () => {
    for (const other of ['media-play-pause', 'volume-up', 'browser-refresh', 'toString', ''])
      expect(menuCommandForAppCommand('win32', other)).toBeNull()
  })

  it('leave the buttons to the page elsewhere, so that one press never goes back twice', () => {
    for (const platform of ['linux', 'darwin'] as const)
      expect(menuCommandForAppCommand(platform, 'browser-backward')).toBeNull()
  })
})
