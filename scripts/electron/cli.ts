/**
 * npm run dev / npm start:
 *   tsx scripts/electron/cli.ts ensure               make sure Electron's binary is there (download once)
 *   tsx scripts/electron/cli.ts run <electron-vite args>   the same, then electron-vite with that binary
 * electron-vite finds Electron through `path.txt` only; passing the binary as ELECTRON_EXEC_PATH makes it
 * use an ELECTRON_OVERRIDE_DIST_PATH too.
 */
import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { electronInstaller } from './electron-installer'
import { ensureElectron } from './ensure-electron'

async function main([command, ...rest]: string[]): Promise<number> {
  if (command !== 'ensure' && command !== 'run') {
    console.error('usage: cli.ts ensure | run <electron-vite arguments>')
    return 2
  }
  const outcome = await ensureElectron(electronInstaller(), (line) => console.log(line))
  if (!outcome.ok) {
    console.error(outcome.message)
    return outcome.exitCode
  }
  if (command === 'ensure') return 0
  const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin/electron-vite.js')
  const child = spawn(process.execPath, [electronVite, ...rest], {
    stdio: 'inherit',
    env: { ...process.env, ELECTRON_EXEC_PATH: outcome.binary }
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)))
}

void main(process.argv.slice(2)).then((code) => process.exit(code))
