import { describe, expect, it } from 'vitest'
import { resolveDataDir } from '../../../src/main/user-data/data-dir'

const electronUserData = () => '/home/u/.config/Elshi'

describe('the data folder', () => {
  it("is Electron's per-user folder unless ELSHI_USER_DATA names another", () => {
    expect(resolveDataDir({}, electronUserData)).toBe('/home/u/.config/Elshi')
    expect(resolveDataDir({ ELSHI_USER_DATA: '  ' }, electronUserData)).toBe('/home/u/.config/Elshi')
    expect(resolveDataDir({ ELSHI_USER_DATA: '/tmp/profile' }, electronUserData, { packaged: false })).toBe(
      '/tmp/profile'
    )
  })

  it('stays the per-user folder in a packaged build, saying the variable was ignored', () => {
    const warnings: string[] = []
    const dir = resolveDataDir({ ELSHI_USER_DATA: '/tmp/profile' }, electronUserData, {
      packaged: true,
      warn: (message) => warnings.push(message)
    })
    expect(dir).toBe('/home/u/.config/Elshi')
    expect(warnings).toEqual([
      'ELSHI_USER_DATA is ignored by the installed app; its data stays in /home/u/.config/Elshi'
    ])
  })
})
