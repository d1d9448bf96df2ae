import { constants, type Stats } from 'node:fs'
import * as fsp from 'node:fs/promises'

/**
 * The file-system calls the store makes, as one replaceable object: the app uses the real one, and the
 * tests swap in a layer that fails or "crashes" at a chosen step (disk full, a crash between fsync and
 * rename…), so every step of a write can be tested on every OS, not only by killing a process.
 */
export interface FsLayer {
  /** Creates `path` (which must not exist) with `text`; the bytes may still be only in the OS cache. */
  writeNew(path: string, text: string): Promise<void>
  /** Flushes a file's bytes to the disk. */
  fsyncFile(path: string): Promise<void>
  /** Flushes a folder's entries (a rename) to the disk; a no-op where the OS cannot (Windows). */
  fsyncDir(dir: string): Promise<void>
  rename(from: string, to: string): Promise<void>
  link(existing: string, newPath: string): Promise<void>
  copyFile(from: string, to: string): Promise<void>
  remove(path: string): Promise<void>
  /** Reads a regular file without ever blocking on a FIFO or device: anything else is refused. */
  readRegular(path: string): Promise<Buffer>
  lstat(path: string): Promise<Stats>
  stat(path: string): Promise<Stats>
  realpath(path: string): Promise<string>
  readdir(dir: string): Promise<string[]>
  mkdir(dir: string): Promise<void>
}

/** Thrown by readRegular for a FIFO, socket, device or folder at a data path. */
export class NotAFileError extends Error {
  readonly code = 'ENOTFILE'
  constructor(
    readonly path: string,
    readonly what: 'folder' | 'pipe' | 'socket' | 'device' | 'special file'
  ) {
    super(`${path} is a ${what}, not a file`)
  }
}

export function describeNonFile(stats: Stats): NotAFileError['what'] {
  if (stats.isDirectory()) return 'folder'
  if (stats.isFIFO()) return 'pipe'
  if (stats.isSocket()) return 'socket'
  if (stats.isBlockDevice() || stats.isCharacterDevice()) return 'device'
  return 'special file'
}

// O_NONBLOCK makes opening a FIFO return at once instead of waiting for a writer; Windows has no FIFOs.
const READ_FLAGS = constants.O_RDONLY | (process.platform === 'win32' ? 0 : constants.O_NONBLOCK)

export const nodeFs: FsLayer = {
  async writeNew(path, text) {
    await fsp.writeFile(path, text, { encoding: 'utf8', flag: 'wx' })
  },
  async fsyncFile(path) {
    const handle = await fsp.open(path, 'r+')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  },
  async fsyncDir(dir) {
    // Windows cannot open a folder for fsync; there NTFS journals the rename itself.
    if (process.platform === 'win32') return
    const handle = await fsp.open(dir, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  },
  rename: (from, to) => fsp.rename(from, to),
  link: (existing, newPath) => fsp.link(existing, newPath),
  copyFile: (from, to) => fsp.copyFile(from, to, constants.COPYFILE_EXCL),
  remove: (path) => fsp.rm(path, { force: true }),
  async readRegular(path) {
    const handle = await fsp.open(path, READ_FLAGS)
    try {
      const stats = await handle.stat()
      if (!stats.isFile()) throw new NotAFileError(path, describeNonFile(stats))
      return await handle.readFile()
    } finally {
      await handle.close()
    }
  },
  lstat: (path) => fsp.lstat(path),
  stat: (path) => fsp.stat(path),
  realpath: (path) => fsp.realpath(path),
  readdir: (dir) => fsp.readdir(dir),
  async mkdir(dir) {
    await fsp.mkdir(dir, { recursive: true })
  }
}

export function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined
}
