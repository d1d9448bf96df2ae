import { join } from 'node:path'
import { lstat } from 'node:fs/promises'

/** The part of Electron's shell this domain uses, so main's logic runs (and is tested) without Electron. */
export interface Desktop {
  showItemInFolder(path: string): void
}

/**
 * "Show in folder" for a file a notice or the Restore… view names: only a file that is in the data
 * folder (or its history folder) right now, by name; never a path the page chose.
 */
export async function showDataFile(desktop: Desktop, dataDir: string, name: string): Promise<boolean> {
  if (name.split('/').some((part) => part === '' || part === '.' || part === '..')) return false
  const path = join(dataDir, name)
  const exists = await lstat(path).then(
    () => true,
    () => false
  )
  if (exists) desktop.showItemInFolder(path)
  return exists
}
