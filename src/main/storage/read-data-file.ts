import { errorCode, NotAFileError, type FsLayer } from './fs-layer'
import { decodeFile, type Decoded, type JsonFileDefinition } from './file-envelope'
import type { ReadOnlyCause } from './notices'

export type ReadOutcome<T> =
  | { state: 'missing' }
  | { state: 'refused'; cause: ReadOnlyCause }
  | { state: 'read'; decoded: Decoded<T>; target: string }

/**
 * Reads one data file without ever hanging or following it somewhere surprising: a FIFO, socket,
 * device or folder is refused at once, a symlink is followed to its target (writes then go there
 * too, so the link stays a link), and a link to nothing is refused.
 */
export async function readDataFile<T>(
  fs: FsLayer,
  definition: JsonFileDefinition<T>,
  path: string
): Promise<ReadOutcome<T>> {
  let target = path
  try {
    const link = await fs.lstat(path)
    if (link.isSymbolicLink()) {
      target = await fs.realpath(path).catch((error: unknown) => {
        throw errorCode(error) === 'ENOENT' ? new BrokenLinkError() : error
      })
    }
    const bytes = await fs.readRegular(target)
    return { state: 'read', decoded: decodeFile(definition, bytes), target }
  } catch (error) {
    if (error instanceof BrokenLinkError) return { state: 'refused', cause: { cause: 'broken-link' } }
    if (error instanceof NotAFileError)
      return { state: 'refused', cause: { cause: 'not-a-file', what: error.what } }
    const code = errorCode(error)
    if (code === 'ENOENT' && target === path) return { state: 'missing' }
    if (code === 'EISDIR') return { state: 'refused', cause: { cause: 'not-a-file', what: 'folder' } }
    if (code === 'ENXIO') return { state: 'refused', cause: { cause: 'not-a-file', what: 'socket' } }
    return { state: 'refused', cause: { cause: 'unreadable' } }
  }
}

class BrokenLinkError extends Error {}
