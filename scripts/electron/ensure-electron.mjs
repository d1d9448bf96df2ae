// @ts-check
/**
 * Makes sure Electron's binary is there before `npm run dev` or `npm start` needs it. Since Electron 42
 * the npm package no longer downloads it at install time, and electron-vite only reads `path.txt` (and
 * says "Electron uninstall" when it is missing), so the first start runs Electron's own installer. When
 * the download cannot happen the reader gets a short message saying what to do, never a fetch stack.
 */

/** @typedef {import('./electron-binary.mjs').BinaryLookup} BinaryLookup */

/**
 * `install` runs Electron's installer and resolves with its exit status and what it wrote to stderr.
 * @typedef {{
 *   readonly version: string,
 *   find(): BinaryLookup,
 *   install(): Promise<{ status: number, stderr: string }>
 * }} ElectronInstaller
 */

/** @typedef {{ ok: true, binary: string } | { ok: false, exitCode: number, message: string }} EnsureOutcome */

/** Node versions below this cannot run Electron 45's downloader reliably (its engines field). */
const DOWNLOADER_NODE = [22, 12]

/** @param {string} version */
export function nodeIsTooOld(version) {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number)
  return major < DOWNLOADER_NODE[0] || (major === DOWNLOADER_NODE[0] && minor < DOWNLOADER_NODE[1])
}

/**
 * The installer's own words, reduced to its first line: its stack trace helps nobody here.
 * @param {string} stderr
 */
export function firstErrorLine(stderr) {
  const line = stderr
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '' && !l.startsWith('at '))
  return line ?? null
}

/**
 * @param {string} version
 * @param {string | null} reason
 * @param {string} nodeVersion
 */
export function downloadFailedMessage(version, reason, nodeVersion) {
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

/** @param {string} binary */
export function overrideMissingMessage(binary) {
  return [
    'Elshi could not start: ELECTRON_OVERRIDE_DIST_PATH is set, but there is no Electron binary at',
    `  ${binary}`,
    'Point it at the folder that holds the Electron executable, or unset it to download Electron once.'
  ].join('\n')
}

/**
 * @param {ElectronInstaller} installer
 * @param {(line: string) => void} say
 * @param {string} [nodeVersion]
 * @returns {Promise<EnsureOutcome>}
 */
export async function ensureElectron(installer, say, nodeVersion = process.version) {
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
