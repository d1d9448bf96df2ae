/**
 * Makes sure Electron's binary is there before `npm run dev` or `npm start` needs it. Since Electron 42
 * the npm package no longer downloads it at install time, and electron-vite only reads `path.txt` (and
 * says "Electron uninstall" when it is missing), so the first start runs Electron's own installer. When
 * the download cannot happen the reader gets a short message saying what to do, never a fetch stack.
 */
import type { BinaryLookup } from './electron-binary'

export interface ElectronInstaller {
  readonly version: string
  find(): BinaryLookup
  /** Runs Electron's installer; resolves with its exit status and what it wrote to stderr. */
  install(): Promise<{ status: number; stderr: string }>
}

export type EnsureOutcome = { ok: true; binary: string } | { ok: false; exitCode: number; message: string }

/** Node versions below this cannot run Electron 45's downloader reliably (its engines field). */
const DOWNLOADER_NODE = [22, 12] as const

export function nodeIsTooOld(version: string): boolean {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number)
  return major < DOWNLOADER_NODE[0] || (major === DOWNLOADER_NODE[0] && minor < DOWNLOADER_NODE[1])
}

/** The installer's own words, reduced to its first line: its stack trace helps nobody here. */
export function firstErrorLine(stderr: string): string | null {
  const line = stderr
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '' && !l.startsWith('at '))
  return line ?? null
}

export function downloadFailedMessage(version: string, reason: string | null, nodeVersion: string): string {
  const lines = [
    `Elshi could not start: Electron ${version}'s binary could not be downloaded.`,
    'It is a one-time download (the npm package no longer includes it); once it is there, starting',
    'needs no network.',
    ...(reason ? [`The downloader said: ${reason}`] : []),
    '',
    'What to do:',
    '  - connect to the network and run the command again (behind a proxy, also set',
    '    ELECTRON_GET_USE_PROXY=true and HTTPS_PROXY);',
    "  - or set ELECTRON_MIRROR to a mirror of Electron's releases that you can reach;",
    '  - or set ELECTRON_OVERRIDE_DIST_PATH to the folder of an Electron already on this machine.'
  ]
  if (nodeIsTooOld(nodeVersion))
    lines.push('', `Note: this is Node ${nodeVersion}; running Elshi needs Node 22.12 or newer.`)
  return lines.join('\n')
}

export function overrideMissingMessage(binary: string): string {
  return [
    'Elshi could not start: ELECTRON_OVERRIDE_DIST_PATH is set, but there is no Electron binary at',
    `  ${binary}`,
    'Point it at the folder that holds the Electron executable, or unset it to download Electron once.'
  ].join('\n')
}

export async function ensureElectron(
  installer: ElectronInstaller,
  say: (line: string) => void,
  nodeVersion: string = process.version
): Promise<EnsureOutcome> {
  const found = installer.find()
  if (found.state === 'present') return { ok: true, binary: found.binary }
  if (found.state === 'override-missing')
    return { ok: false, exitCode: 1, message: overrideMissingMessage(found.binary) }

  say(`Electron ${installer.version} is not installed yet: downloading it once…`)
  const { status, stderr } = await installer.install()
  const after = installer.find()
  if (status === 0 && after.state === 'present') return { ok: true, binary: after.binary }
  return {
    ok: false,
    exitCode: status === 0 ? 1 : status,
    message: downloadFailedMessage(installer.version, firstErrorLine(stderr), nodeVersion)
  }
}
