/**
 * An edition whose source folder was removed must not stay in out/editions and ship with the app:
 * after a build, every compiled folder whose id is not among the built editions is deleted.
 */
import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'

/** Deletes the compiled edition folders of `outDir` not named in `keep`; returns the ids it removed. */
export async function pruneStaleEditions(outDir: string, keep: readonly string[]): Promise<string[]> {
  const entries = await readdir(outDir, { withFileTypes: true }).catch(() => [])
  const stale = entries.filter((e) => e.isDirectory() && !keep.includes(e.name)).map((e) => e.name)
  for (const id of stale) await rm(join(outDir, id), { recursive: true, force: true })
  return stale.sort()
}
