/**
 * A stand-in for Electron's Linux distribution, so electron-builder can package `--linux dir` with no
 * download (-c.electronDist=<this folder>). The "executable" is a shell script that cannot run Elshi;
 * it carries Electron's fuse wire (the sentinel, version 1, one byte per fuse) so electron-builder's
 * fuse step flips it exactly as it flips the real binary, and the check can read the result back.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** @electron/fuses looks for this string; the wire follows it. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
/** Electron's shipped defaults, in @electron/fuses' V1 order (RunAsNode … GrantFileProtocolExtraPrivileges). */
const DEFAULT_WIRE = '10110001'

export async function makeStubElectron(dir: string): Promise<string> {
  await mkdir(join(dir, 'resources'), { recursive: true })
  const executable = Buffer.concat([
    Buffer.from(
      '#!/bin/sh\necho "This is the stub Electron of npm run package:check: it does not run apps." >&2\nexit 1\n#'
    ),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, DEFAULT_WIRE.length]),
    Buffer.from(DEFAULT_WIRE),
    Buffer.from('\n')
  ])
  await writeFile(join(dir, 'electron'), executable, { mode: 0o755 })
  await writeFile(join(dir, 'chrome-sandbox'), '', { mode: 0o755 })
  await writeFile(join(dir, 'LICENSE'), 'Stub Electron licence placeholder (package:check only).\n')
  await writeFile(join(dir, 'LICENSES.chromium.html'), '<!-- stub -->\n')
  await writeFile(join(dir, 'version'), '45.0.0')
  return dir
}
