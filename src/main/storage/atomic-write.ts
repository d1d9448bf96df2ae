import { link, open, rename, rm, copyFile } from 'node:fs/promises'
import { dirname } from 'node:path'

/**
 * Crash-safe file replacement: write a temp file in the same folder (rename is only atomic within one
 * file system), fsync it so its bytes are on disk before it gets the real name, rename it over the
 * target, then fsync the folder so the rename itself survives a power cut. A crash at any moment
 * leaves the old file or the new one, never a torn one. Temp names contain TEMP_MARKER so a later
 * start can sweep leftovers.
 */
export const TEMP_MARKER = '.tmp-'
let tempCounter = 0

export function tempPathFor(path: string): string {
  tempCounter += 1
  return `${path}${TEMP_MARKER}${process.pid}-${tempCounter}`
}

export async function writeFileAtomic(path: string, contents: string): Promise<void> {
  const temp = tempPathFor(path)
  try {
    const handle = await open(temp, 'w')
    try {
      await handle.writeFile(contents, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await renameWithRetry(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
  await syncDirectory(dirname(path))
}

/**
 * Makes `to` another name for the current `from` without copying when the file system allows hard
 * links (the next atomic write gives `from` a new inode, so `to` keeps the old bytes); else copies.
 * Either way `to` is replaced atomically.
 */
export async function snapshotFile(from: string, to: string): Promise<void> {
  const temp = tempPathFor(to)
  try {
    await link(from, temp).catch(() => copyFile(from, temp))
    await renameWithRetry(temp, to)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}

export async function syncDirectory(dir: string): Promise<void> {
  // Windows cannot open a folder for fsync; there NTFS journals the rename itself.
  if (process.platform === 'win32') return
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** On Windows a virus scanner or indexer briefly holding the target makes rename fail; retry a little. */
export async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to)
      return
    } catch (error) {
      if (process.platform !== 'win32' || attempt >= 5 || !isTransient(error)) throw error
      await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt))
    }
  }
}

function isTransient(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error ? error.code : undefined
  return code === 'EPERM' || code === 'EACCES' || code === 'EBUSY'
}
