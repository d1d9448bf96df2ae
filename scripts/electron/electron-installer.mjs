// @ts-check
/** The real installer: the `electron` package's own install.js, run in a child Node process. */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { electronPackage, findElectronBinary } from './electron-binary.mjs'

/**
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {import('./ensure-electron.mjs').ElectronInstaller}
 */
export function electronInstaller(env = process.env) {
  const pkg = electronPackage()
  return {
    version: pkg.version,
    find: () => findElectronBinary(pkg, env),
    install: () =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, [join(pkg.dir, 'install.js')], {
          env,
          stdio: ['ignore', 'inherit', 'pipe']
        })
        let stderr = ''
        child.stderr.setEncoding('utf8')
        child.stderr.on('data', (/** @type {string} */ chunk) => (stderr += chunk))
        child.on('error', (error) => resolve({ status: 1, stderr: error.message }))
        child.on('close', (code) => resolve({ status: code ?? 1, stderr }))
      })
  }
}
