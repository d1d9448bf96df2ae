/**
 * Where electron-builder --dir puts the packaged executable, per platform and architecture
 * (linux-unpacked/elshi, win-unpacked/Elshi.exe, mac-arm64/Elshi.app/…), for the smoke test.
 */
import { join } from 'node:path'

export function packagedExecutable(distDir: string, platform: NodeJS.Platform, arch: string): string {
  const suffix = arch === 'x64' ? '' : `-${arch}`
  if (platform === 'darwin') return join(distDir, `mac${suffix}`, 'Elshi.app', 'Contents', 'MacOS', 'Elshi')
  if (platform === 'win32') return join(distDir, `win${suffix}-unpacked`, 'Elshi.exe')
  return join(distDir, `linux${suffix}-unpacked`, 'elshi')
}

/** The resources folder beside (or, on macOS, inside) the packaged app: app.asar lives there. */
export function packagedResources(executable: string, platform: NodeJS.Platform): string {
  return platform === 'darwin'
    ? join(executable, '..', '..', 'Resources')
    : join(executable, '..', 'resources')
}
