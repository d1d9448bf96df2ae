/**
 * Whether this installation can replace itself. Windows (NSIS) and macOS (zip) can, and so can an
 * AppImage. A deb or rpm belongs to the system's package manager (electron-builder marks them with
 * resources/package-type), and an unpacked folder has nothing to update: those only tell the reader
 * that a new version exists.
 */
export function canSelfUpdate(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  packageType: string | null
): boolean {
  if (platform === 'win32' || platform === 'darwin') return true
  if (packageType !== null && packageType.trim() !== '') return false
  return typeof env['APPIMAGE'] === 'string' && env['APPIMAGE'] !== ''
}
