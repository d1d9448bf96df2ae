/**
 * The packaging configuration as electron-builder itself reads it (its own loader resolves `extends`
 * and checks the file against its schema), so a typo or a fuse flipped by mistake fails here, not on a
 * release runner.
 */
import { join } from 'node:path'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import type { Configuration } from 'app-builder-lib'
import { beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from '../../support/edition-paths'

/** electron-builder's debug log, switched off (the shape of builder-util's DebugLogger). */
const silent = {
  isEnabled: false,
  data: new Map<string, unknown>(),
  add: (): void => undefined,
  save: async (): Promise<void> => undefined
}
const load = async (file: string): Promise<Configuration> => {
  const config = await getConfig(ROOT, join(ROOT, file), null)
  await validateConfiguration(config, silent)
  return config
}

const RELEASE_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  enableCookieEncryption: true,
  grantFileProtocolExtraPrivileges: false
}

let release: Configuration
let testBuild: Configuration
// electron-builder compiles its JSON schema on first use: seconds on a loaded machine.
beforeAll(async () => {
  release = await load('electron-builder.yml')
  testBuild = await load('electron-builder.test.yml')
}, 60_000)

describe('electron-builder.yml', () => {
  it('sets every fuse of the release builds as issue 8 lists them', () => {
    expect(release.electronFuses).toEqual({ ...RELEASE_FUSES, resetAdHocDarwinSignature: true })
  })

  it('names every file <product>-<version>-<os>-<arch> and registers elshi:// on every OS', () => {
    const config = release
    expect(config.artifactName).toBe('${productName}-${version}-${os}-${arch}.${ext}')
    expect(config.protocols).toEqual([{ name: 'Elshi link', schemes: ['elshi'] }])
    // electron-builder writes MimeType=x-scheme-handler/<scheme> for each protocol into the .desktop file.
    expect(config.linux?.protocols ?? config.protocols).toEqual([{ name: 'Elshi link', schemes: ['elshi'] }])
    expect(config.linux?.syncDesktopName).toBe(true)
    expect(config.linux?.executableName).toBe('elshi')
  })

  it('builds NSIS for x64 and arm64, dmg and zip for both Macs, AppImage, deb and rpm', () => {
    const config = release
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64', 'arm64'] }])
    expect(config.mac?.target).toEqual([
      { target: 'dmg', arch: ['x64', 'arm64'] },
      { target: 'zip', arch: ['x64', 'arm64'] }
    ])
    expect(config.mac?.hardenedRuntime).toBe(true)
    expect(config.linux?.target).toEqual(['AppImage', 'deb', 'rpm'])
  })

  it('keeps signing inputs out of the file: no certificate, password or Apple credential', () => {
    const config = release
    const text = JSON.stringify(config)
    for (const key of ['cscLink', 'cscKeyPassword', 'certificatePassword', 'appleId', 'identity'])
      expect(text).not.toContain(`"${key}"`)
  })
})

describe('electron-builder.test.yml (the smoke-test build)', () => {
  it('differs from the release only by the inspect fuse Playwright needs, and never publishes', () => {
    const test = testBuild
    expect(test.electronFuses).toEqual({
      ...RELEASE_FUSES,
      enableNodeCliInspectArguments: true,
      resetAdHocDarwinSignature: true
    })
    expect(test.publish).toBeNull()
    expect(test.directories?.output).toBe('dist-test')
    expect(test.files).toEqual(release.files)
    expect(test.protocols).toEqual(release.protocols)
  })
})
