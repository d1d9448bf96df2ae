/**
 * The fuse read-back used by package:check and the smoke test, on the stub executable package:check
 * makes: the stub carries Electron's fuse wire, so @electron/fuses flips and reads it like the real one.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses'
import { afterEach, describe, expect, it } from 'vitest'
import { fuseMismatches, fuseSettingsOf, type FuseSettings } from '../../../scripts/package/fuses'
import { makeStubElectron } from '../../../scripts/package/stub-electron'

const RELEASE: FuseSettings = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false
}

const made: string[] = []
afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true })
})
const stub = async (): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), 'elshi-fuses-'))
  made.push(dir)
  return join(await makeStubElectron(dir), 'electron')
}

describe('fuses read back from an executable', () => {
  it("reports Electron's defaults as wrong for a release, fuse by fuse", async () => {
    expect(await fuseMismatches(await stub(), RELEASE)).toEqual([
      'fuse runAsNode is true, expected false',
      'fuse enableCookieEncryption is false, expected true',
      'fuse enableNodeOptionsEnvironmentVariable is true, expected false',
      'fuse enableNodeCliInspectArguments is true, expected false',
      'fuse enableEmbeddedAsarIntegrityValidation is false, expected true',
      'fuse onlyLoadAppFromAsar is false, expected true',
      'fuse grantFileProtocolExtraPrivileges is true, expected false'
    ])
  })

  it('finds nothing wrong once the fuses are flipped as the release sets them', async () => {
    const executable = await stub()
    await flipFuses(executable, {
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false
    })
    expect(await fuseMismatches(executable, RELEASE)).toEqual([])
  })

  it('refuses a configuration that leaves a fuse unset', () => {
    expect(() => fuseSettingsOf({ electronFuses: { runAsNode: false } })).toThrow(
      /does not set enableCookieEncryption/
    )
    expect(fuseSettingsOf({ electronFuses: RELEASE })).toEqual(RELEASE)
  })
})
