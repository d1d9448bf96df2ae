// @ts-check
/**
 * Where Electron's binary is, found the way the `electron` package itself finds it: `path.txt` (written
 * by its installer) names the executable inside `dist/`, or ELECTRON_OVERRIDE_DIST_PATH names a folder
 * holding an Electron already on the machine. Nothing here downloads or runs anything.
 * Plain JavaScript (type-checked from JSDoc), so `npm run dev` checks in plain Node, with no compiler
 * to start first.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/**
 * The executable inside an Electron folder, per platform (as in electron's install.js).
 * @param {NodeJS.Platform} [platform]
 */
export function executableName(platform = process.platform) {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron'
  if (platform === 'win32') return 'electron.exe'
  return 'electron'
}

/** @typedef {{ readonly dir: string, readonly version: string }} ElectronPackage */

/**
 * The installed `electron` package. Resolves its package.json only: requiring `electron` would download.
 * @returns {ElectronPackage}
 */
export function electronPackage() {
  const manifest = createRequire(import.meta.url).resolve('electron/package.json')
  /** @type {unknown} */
  const parsed = JSON.parse(readFileSync(manifest, 'utf8'))
  const version =
    typeof parsed === 'object' && parsed !== null && 'version' in parsed ? String(parsed.version) : ''
  return { dir: dirname(manifest), version }
}

/** @param {string} path */
function readText(path) {
  try {
    return readFileSync(path, 'utf8').trim()
  } catch {
    return null
  }
}

/**
 * `override-missing`: ELECTRON_OVERRIDE_DIST_PATH names a folder with no Electron in it.
 * @typedef {{ readonly state: 'present', readonly binary: string }
 *   | { readonly state: 'missing' }
 *   | { readonly state: 'override-missing', readonly binary: string }} BinaryLookup
 */

/**
 * @param {ElectronPackage} pkg
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {BinaryLookup}
 */
export function findElectronBinary(pkg, env = process.env) {
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
