/**
 * A build plugin that records which npm packages end up inside a bundle, so the third-party notices
 * cover exactly the code that ships: main and the worker bundle their dependencies, and the renderer
 * bundles Vue, Pinia and the rest from devDependencies. Written to out/notices/bundled-<name>.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Plugin } from 'vite'

/** Relative to the project folder, where electron-vite and npm scripts run. */
export const NOTICES_DIR = resolve('out/notices')

/** `…/node_modules/@scope/name/dist/x.js` → the package folder and its name; null for the app's own code. */
export function packageOf(moduleId: string): { dir: string; name: string } | null {
  const path = moduleId.replace(/\\/g, '/').replace(/^\0/, '').split('?')[0] ?? ''
  const at = path.lastIndexOf('/node_modules/')
  if (at < 0) return null
  const parts = path.slice(at + '/node_modules/'.length).split('/')
  const name = parts[0]?.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
  if (!name) return null
  return { dir: `${path.slice(0, at)}/node_modules/${name}`, name }
}

export function bundledPackages(bundleName: string): Plugin {
  return {
    name: 'elshi-bundled-packages',
    apply: 'build',
    generateBundle(_options, bundle) {
      const dirs = new Map<string, string>()
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue
        for (const id of output.moduleIds) {
          const pkg = packageOf(id)
          if (pkg) dirs.set(pkg.dir, pkg.name)
        }
      }
      const found = new Set<string>()
      for (const [dir, name] of dirs) {
        const manifest: unknown = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
        const version =
          typeof manifest === 'object' && manifest && 'version' in manifest ? manifest.version : null
        if (typeof version === 'string') found.add(`${name}@${version}`)
      }
      mkdirSync(NOTICES_DIR, { recursive: true })
      writeFileSync(join(NOTICES_DIR, `bundled-${bundleName}.json`), JSON.stringify([...found].sort()))
    }
  }
}
