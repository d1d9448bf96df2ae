import { dirname } from 'node:path'
import { errorCode, type FsLayer } from './fs-layer'

/**
 * Crash-safe file replacement, in five steps a test can interrupt one by one: write a temp file in the
 * same folder (rename is only atomic within one file system), fsync it so its bytes are on disk before
 * it gets the real name, let the caller snapshot the old file (backup, history), rename the temp over
 * the target, then fsync the folder so the rename itself survives a power cut. A crash at any moment
 * leaves the old file or the new one, never a torn one. Temp names contain TEMP_MARKER so a later start
 * can sweep leftovers.
 */
export const TEMP_MARKER = '.tmp-'
export const WRITE_STEPS = ['write', 'fsync', 'snapshot', 'rename', 'dir-fsync'] as const
export type WriteStep = (typeof WRITE_STEPS)[number]

let tempCounter = 0

export function tempPathFor(path: string): string {
  tempCounter += 1
  return `${path}${TEMP_MARKER}${process.pid}-${tempCounter}`
}

export async function writeFileAtomic(
  fs: FsLayer,
  path: string,
  contents: string,
  beforeRename: () => Promise<void> = async () => undefined
): Promise<void> {
  const temp = tempPathFor(path)
  try {
    await fs.writeNew(temp, contents)
    await fs.fsyncFile(temp)
    await beforeRename()
    await renameWithRetry(fs, temp, path)
  } catch (error) {
    await fs.remove(temp).catch(() => undefined)
    throw error
  }
  await fs.fsyncDir(dirname(path))
}

/**
 * Makes `to` another name for the current `from` without copying when the file system allows hard
 * links (the next atomic write gives `from` a new inode, so `to` keeps the old bytes); else copies.
 * Either way `to` is replaced atomically. When `to` already is `from` (same inode, as after a write
 * that failed between snapshot and rename), there is nothing to do: POSIX rename between two links of
 * one file does nothing and would leave the temp link behind.
 */
export async function snapshotFile(fs: FsLayer, from: string, to: string): Promise<void> {
  if (await sameFile(fs, from, to)) return
  const temp = tempPathFor(to)
  try {
    await fs.link(from, temp).catch(() => fs.copyFile(from, temp))
    await renameWithRetry(fs, temp, to)
  } finally {
    // Removes the temp if rename failed, or if it was a no-op after all (a link made meanwhile).
    await fs.remove(temp).catch(() => undefined)
  }
}

async function sameFile(fs: FsLayer, a: string, b: string): Promise<boolean> {
  const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b).catch(() => null)])
  return sb !== null && sa.ino === sb.ino && sa.dev === sb.dev && sa.ino !== 0
}

/** On Windows a virus scanner or indexer briefly holding the target makes rename fail; retry a little. */
export async function renameWithRetry(fs: FsLayer, from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to)
      return
    } catch (error) {
      if (process.platform !== 'win32' || attempt >= 5 || !isTransient(error)) throw error
      await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt))
    }
  }
}

function isTransient(error: unknown): boolean {
  const code = errorCode(error)
  return code === 'EPERM' || code === 'EACCES' || code === 'EBUSY'
}
