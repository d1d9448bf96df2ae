import { describe, expect, it } from 'vitest'
import { mergeUpdateInfo } from '../../../scripts/release/merge-update-info'

const arm = {
  version: '0.2.0',
  files: [
    { url: 'Elshi-0.2.0-mac-arm64.zip', sha512: 'a', size: 1 },
    { url: 'Elshi-0.2.0-mac-arm64.dmg', sha512: 'b', size: 2 }
  ],
  path: 'Elshi-0.2.0-mac-arm64.zip',
  sha512: 'a',
  releaseDate: '2026-12-01T10:00:00.000Z'
}
const intel = {
  version: '0.2.0',
  files: [
    { url: 'Elshi-0.2.0-mac-x64.zip', sha512: 'c', size: 3 },
    { url: 'Elshi-0.2.0-mac-x64.dmg', sha512: 'd', size: 4 }
  ],
  path: 'Elshi-0.2.0-mac-x64.zip',
  sha512: 'c',
  releaseDate: '2026-12-01T10:05:00.000Z'
}

describe('one latest-mac.yml for both Macs', () => {
  it('lists both architectures’ files, so each Mac finds its own zip', () => {
    const merged = mergeUpdateInfo([arm, intel])
    expect(merged.files.map((f) => f.url)).toEqual([
      'Elshi-0.2.0-mac-arm64.zip',
      'Elshi-0.2.0-mac-arm64.dmg',
      'Elshi-0.2.0-mac-x64.zip',
      'Elshi-0.2.0-mac-x64.dmg'
    ])
    expect(merged.version).toBe('0.2.0')
    expect(merged.releaseDate).toBe('2026-12-01T10:05:00.000Z')
  })

  it('refuses builds of two different versions', () => {
    expect(() => mergeUpdateInfo([arm, { ...intel, version: '0.1.9' }])).toThrow(/disagree on the version/)
  })
})
