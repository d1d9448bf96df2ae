import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { packagedExecutable, packagedResources } from '../../../scripts/package/packaged-executable'

describe('the packaged executable of electron-builder --dir', () => {
  it('is named per platform and architecture as electron-builder lays it out', () => {
    expect(packagedExecutable('dist-test', 'linux', 'x64')).toBe(join('dist-test/linux-unpacked/elshi'))
    expect(packagedExecutable('dist-test', 'win32', 'arm64')).toBe(
      join('dist-test/win-arm64-unpacked/Elshi.exe')
    )
    expect(packagedExecutable('dist-test', 'darwin', 'arm64')).toBe(
      join('dist-test/mac-arm64/Elshi.app/Contents/MacOS/Elshi')
    )
    expect(packagedExecutable('dist-test', 'darwin', 'x64')).toBe(
      join('dist-test/mac/Elshi.app/Contents/MacOS/Elshi')
    )
  })

  it('keeps app.asar in resources/ beside it, or Contents/Resources on macOS', () => {
    expect(packagedResources(join('d/linux-unpacked/elshi'), 'linux')).toBe(
      join('d/linux-unpacked/resources')
    )
    expect(packagedResources(join('d/mac/Elshi.app/Contents/MacOS/Elshi'), 'darwin')).toBe(
      join('d/mac/Elshi.app/Contents/Resources')
    )
  })
})
