/**
 * Where Electron's binary is, found the way the `electron` package itself finds it: `path.txt` (written
 * by its installer) names the executable inside `dist/`, or ELECTRON_OVERRIDE_DIST_PATH names a folder
 * holding an Electron already on the machine. Nothing here downloads or runs anything.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** The executable inside an Electron folder, per platform (as in electron's install.js). */
export function executableName(platform: NodeJS.Platform = process.platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron'
  if (platform === 'win32') return 'electron.exe'
  return 'electron'
}

export interface ElectronPackage {
  readonly dir: string
  readonly version: string
}

/** The installed `electron` package. Resolves its package.json only: requiring `electron` would download. */
export function electronPackage(): ElectronPackage {
  const manifest = require.resolve('electron/package.json')
  const parsed: unknown = JSON.parse(readFileSync(manifest, 'utf8'))
  const version =
    typeof parsed === 'object' && parsed !== null && 'version' in parsed ? String(parsed.version) : ''
  return { dir: dirname(manifest), version }
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8').trim()
  } catch {
    return null
  }
}

export type BinaryLookup =
  | { readonly state: 'present'; readonly binary: string }
  | { readonly state: 'missing' }
  /** ELECTRON_OVERRIDE_DIST_PATH names a folder with no Electron in it. */
  | { readonly state: 'override-missing'; readonly binary: string }

export function findElectronBinary(pkg: ElectronPackage, env: NodeJS.ProcessEnv = process.env): BinaryLookup {
  const override = env['ELECTRON_OVERRIDE_DIST_PATH']?.trim()
  if (override) {
    const binary = join(override, executableName())
    return existsSync(binary) ? { state: 'present', binary } : { state: 'override-missing', binary }
  }
  const named = readText(join(pkg.dir, 'path.txt'))
  const installedVersion = readText(join(pkg.dir, 'dist', 'version'))?.replace(/^v/, '')
  if (!named || installedVersion !== pkg.version) return { state: 'missing' }
  const binary = join(pkg.dir, 'dist', named)
  return existsSync(binary) ? { state: 'present', binary } : { state: 'missing' }
}
