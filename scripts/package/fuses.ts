/**
 * The fuses a build must carry, as electron-builder's `electronFuses` names them, and the same fuses
 * read back from a packaged executable with @electron/fuses. Shared by npm run package:check (the
 * stub executable) and npm run test:electron (the real one).
 */
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import type { Configuration } from 'app-builder-lib'

const FUSE_NAMES = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'grantFileProtocolExtraPrivileges'
] as const
export type FuseName = (typeof FUSE_NAMES)[number]

export type FuseSettings = Record<FuseName, boolean>

const WIRE_POSITION: Record<FuseName, FuseV1Options> = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges
}

/** '1' (49) is on, '0' (48) off; anything else (removed, unknown) is reported as it is. */
const stateOf = (byte: unknown): boolean | string =>
  byte === 49 ? true : byte === 48 ? false : `byte ${String(byte)}`

/** Fuses that differ from `expected`, in plain words; empty when the executable carries them all. */
export async function fuseMismatches(executable: string, expected: FuseSettings): Promise<string[]> {
  const wire = await getCurrentFuseWire(executable)
  return FUSE_NAMES.flatMap((name) => {
    const actual = stateOf(wire[WIRE_POSITION[name]])
    return actual === expected[name]
      ? []
      : [`fuse ${name} is ${String(actual)}, expected ${String(expected[name])}`]
  })
}

/** The `electronFuses` block of an electron-builder configuration, with every fuse given. */
export function fuseSettingsOf(config: Pick<Configuration, 'electronFuses'>): FuseSettings {
  const fuses: Partial<Record<FuseName, boolean>> = config.electronFuses ?? {}
  const missing = FUSE_NAMES.filter((name) => typeof fuses[name] !== 'boolean')
  if (missing.length > 0) throw new Error(`electronFuses does not set ${missing.join(', ')}`)
  const on = (name: FuseName): boolean => fuses[name] === true
  return {
    runAsNode: on('runAsNode'),
    enableCookieEncryption: on('enableCookieEncryption'),
    enableNodeOptionsEnvironmentVariable: on('enableNodeOptionsEnvironmentVariable'),
    enableNodeCliInspectArguments: on('enableNodeCliInspectArguments'),
    enableEmbeddedAsarIntegrityValidation: on('enableEmbeddedAsarIntegrityValidation'),
    onlyLoadAppFromAsar: on('onlyLoadAppFromAsar'),
    grantFileProtocolExtraPrivileges: on('grantFileProtocolExtraPrivileges')
  }
}
