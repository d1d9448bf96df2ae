// @ts-check
/**
 * npm run dev / npm start:
 *   node scripts/electron/cli.mjs ensure                    make sure Electron's binary is there (download once)
 *   node scripts/electron/cli.mjs run <electron-vite args>  the same, then electron-vite with that binary
 * electron-vite finds Electron through `path.txt` only; passing the binary as ELECTRON_EXEC_PATH makes it
 * use an ELECTRON_OVERRIDE_DIST_PATH too. Plain Node, so the check costs no compiler start-up.
 */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { electronInstaller } from './electron-installer.mjs'
import { ensureElectron } from './ensure-electron.mjs'

/** @param {string[]} args */
async function main([command, ...rest]) {
  if (command !== 'ensure' && command !== 'run') {
    console.error('usage: cli.mjs ensure | run <electron-vite arguments>')
    return 2
  }
  const outcome = await ensureElectron(electronInstaller(), (line) => console.log(line))
  if (!outcome.ok) {
    console.error(outcome.message)
    return outcome.exitCode
  }
  if (command === 'ensure') return 0
  const manifest = createRequire(import.meta.url).resolve('electron-vite/package.json')
  const child = spawn(process.execPath, [join(dirname(manifest), 'bin/electron-vite.js'), ...rest], {
    stdio: 'inherit',
    env: { ...process.env, ELECTRON_EXEC_PATH: outcome.binary }
  })
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM']))
    process.on(signal, () => child.kill(signal))
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)))
}

process.exit(await main(process.argv.slice(2)))
