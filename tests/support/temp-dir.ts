import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach } from 'vitest'

/** A fresh, empty folder for each test, removed afterwards; returns a getter for the current one. */
export function useTempDir(prefix = 'elshi-test-'): () => string {
  let dir = ''
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })
  return () => dir
}
