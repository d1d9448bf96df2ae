import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll } from 'vitest'

/**
 * Bundles tests/support/bookmark-writer.ts once into plain JavaScript for child processes (starting
 * it through tsx costs ~0.5 s per process); returns a getter for the bundle's path.
 */
export function useBundledWriter(): () => string {
  let buildDir = ''
  beforeAll(async () => {
    buildDir = await mkdtemp(join(tmpdir(), 'elshi-writer-'))
    await build({
      entryPoints: [join(__dirname, 'bookmark-writer.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile: join(buildDir, 'bookmark-writer.cjs'),
      logLevel: 'silent'
    })
  })
  afterAll(async () => {
    await rm(buildDir, { recursive: true, force: true })
  })
  return () => join(buildDir, 'bookmark-writer.cjs')
}
