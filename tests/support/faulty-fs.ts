import { nodeFs, type FsLayer } from '../../src/main/storage/fs-layer'

/**
 * A file-system layer that fails on demand, for tests that must run everywhere (no tmpfs, no root):
 * `fail(op, code)` makes the next matching call throw an error with that errno code; `crashAt(op)`
 * makes it and every later call throw, as if the process died there and nothing after it happened.
 */
export type FsOp = keyof FsLayer
type Match = (path: string, to?: string) => boolean

interface Fault {
  op: FsOp
  code: string
  match: Match
  times: number
  crash: boolean
}

export interface FaultyFs {
  fs: FsLayer
  fail(op: FsOp, code: string, options?: { match?: Match; times?: number }): void
  crashAt(op: FsOp, match?: Match): void
  readonly crashed: boolean
  /** Every call made, as `op path`, to see which steps ran. */
  readonly calls: string[]
  clear(): void
}

function errnoError(code: string, op: string, path: string): Error {
  return Object.assign(new Error(`${code}: injected failure, ${op} '${path}'`), { code })
}

export function faultyFs(base: FsLayer = nodeFs): FaultyFs {
  let faults: Fault[] = []
  let crashed = false
  const calls: string[] = []
  const wrap =
    <A extends [string, ...unknown[]], R>(op: FsOp, fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const [path, second] = args
      const to = typeof second === 'string' ? second : undefined
      calls.push(`${op} ${path}`)
      if (crashed) throw errnoError('ECRASHED', op, path)
      const fault = faults.find((f) => f.op === op && f.match(path, to))
      if (fault) {
        if (fault.crash) crashed = true
        else if (--fault.times <= 0) faults = faults.filter((f) => f !== fault)
        throw errnoError(fault.crash ? 'ECRASHED' : fault.code, op, path)
      }
      return fn(...args)
    }
  const fs: FsLayer = {
    writeNew: wrap('writeNew', base.writeNew),
    fsyncFile: wrap('fsyncFile', base.fsyncFile),
    fsyncDir: wrap('fsyncDir', base.fsyncDir),
    rename: wrap('rename', base.rename),
    link: wrap('link', base.link),
    copyFile: wrap('copyFile', base.copyFile),
    remove: wrap('remove', base.remove),
    readRegular: wrap('readRegular', base.readRegular),
    lstat: wrap('lstat', base.lstat),
    stat: wrap('stat', base.stat),
    realpath: wrap('realpath', base.realpath),
    readdir: wrap('readdir', base.readdir),
    mkdir: wrap('mkdir', base.mkdir)
  }
  return {
    fs,
    fail(op, code, options = {}) {
      faults.push({ op, code, match: options.match ?? (() => true), times: options.times ?? 1, crash: false })
    },
    crashAt(op, match = () => true) {
      faults.push({ op, code: 'ECRASHED', match, times: 1, crash: true })
    },
    get crashed() {
      return crashed
    },
    calls,
    clear() {
      faults = []
      crashed = false
      calls.length = 0
    }
  }
}
