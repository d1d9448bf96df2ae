/**
 * One writer per data folder. Electron's single-instance lock is tied to its profile and the OS user,
 * not to the folder: two users, a shared or synced folder, or ELSHI_USER_DATA all got past it, and two
 * writers lost a third of each other's saves. So the folder itself is locked with proper-lockfile (an
 * `elshi.lock` folder, created atomically, its time refreshed while we hold it, taken over when stale)
 * and `elshi.lock/owner.json` says who holds it: pid, host and start time. A lock whose owner is a dead
 * process on this computer is taken over at once, without waiting for it to go stale.
 */
import * as fs from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import lockfile from 'proper-lockfile'
import * as v from 'valibot'
import type { LockHolder, ReadOnlyCause } from '../storage/notices'

export const LOCK_NAME = 'elshi.lock'
const OWNER_FILE = 'owner.json'
/** A holder refreshes the lock every STALE_MS / 2; one silent for longer is gone (crashed, other host). */
const STALE_MS = 10_000

const OwnerSchema = v.object({
  pid: v.pipe(v.number(), v.integer(), v.minValue(1)),
  host: v.string(),
  startedAt: v.string()
})
export type LockOwner = v.InferOutput<typeof OwnerSchema>

export type LockOutcome =
  | { state: 'held'; release: () => Promise<void> }
  | { state: 'locked'; cause: ReadOnlyCause }
  /** The folder cannot hold a lock (missing permission, not a folder): the stores find out why. */
  | { state: 'unavailable' }

/** Locks held by this process, so a second UserData on one folder in one process is refused too. */
const heldHere = new Set<string>()

// proper-lockfile removes its lock folder with rmdir, which fails once owner.json is inside it.
const lockFs = {
  ...fs,
  rmdir: (path: string, callback: (error: Error | null) => void) =>
    fs.rm(path, { recursive: true, force: true }, callback)
}

export async function lockDataFolder(
  dir: string,
  options: { onLost?: (cause: ReadOnlyCause) => void; now?: () => Date } = {}
): Promise<LockOutcome> {
  const lockPath = join(dir, LOCK_NAME)
  await fs.promises.mkdir(dir, { recursive: true }).catch(() => undefined)
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const release = await lockfile.lock(dir, {
        lockfilePath: lockPath,
        realpath: false,
        stale: STALE_MS,
        retries: 0,
        fs: lockFs,
        onCompromised: () => {
          heldHere.delete(lockPath)
          options.onLost?.({ cause: 'lock-lost' })
        }
      })
      heldHere.add(lockPath)
      const owner: LockOwner = {
        pid: process.pid,
        host: hostname(),
        startedAt: (options.now?.() ?? new Date()).toISOString()
      }
      await writeOwner(lockPath, owner).catch(() => undefined)
      return {
        state: 'held',
        release: async () => {
          heldHere.delete(lockPath)
          await release().catch(() => undefined)
        }
      }
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'ELOCKED'))
        return { state: 'unavailable' }
      const owner = await readOwnerSoon(lockPath)
      // No owner file even after the wait: its holder died between taking the lock and naming itself (a
      // live holder writes it within milliseconds), so the lock is as abandoned as a dead process's.
      if (attempt === 0 && (owner === null || isGone(owner, lockPath))) {
        await fs.promises.rm(lockPath, { recursive: true, force: true })
        continue
      }
      return { state: 'locked', cause: { cause: 'locked', holder: holderOf(owner) } }
    }
  }
  return { state: 'unavailable' }
}

/**
 * Adding owner.json changes the lock folder's mtime, which proper-lockfile would take, at its next
 * refresh, for someone else having taken the lock: so the mtime it recorded is put back.
 */
async function writeOwner(lockPath: string, owner: LockOwner): Promise<void> {
  const { atime, mtime } = await fs.promises.stat(lockPath)
  await fs.promises.writeFile(join(lockPath, OWNER_FILE), JSON.stringify(owner))
  await fs.promises.utimes(lockPath, atime, mtime)
}

/** A holder that has just taken the lock writes owner.json a moment later: give it that moment. */
async function readOwnerSoon(lockPath: string): Promise<LockOwner | null> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const owner = await readOwner(lockPath)
    if (owner) return owner
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return null
}

async function readOwner(lockPath: string): Promise<LockOwner | null> {
  try {
    const raw: unknown = JSON.parse(await fs.promises.readFile(join(lockPath, OWNER_FILE), 'utf8'))
    const owner = v.safeParse(OwnerSchema, raw)
    return owner.success ? owner.output : null
  } catch {
    return null
  }
}

/** Only a process on this computer can be checked; one elsewhere is trusted until its lock goes stale. */
function isGone(owner: LockOwner, lockPath: string): boolean {
  if (owner.host !== hostname()) return false
  if (owner.pid === process.pid) return !heldHere.has(lockPath)
  try {
    process.kill(owner.pid, 0)
    return false
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'ESRCH'
  }
}

function holderOf(owner: LockOwner | null): LockHolder {
  const since = owner ? new Date(owner.startedAt) : null
  // An owner file without a readable start time says no more than a window still starting.
  if (!owner || !since || Number.isNaN(since.getTime())) return null
  const computer = owner.host === hostname() ? null : owner.host.slice(0, 60)
  return { pid: String(owner.pid), computer, since: since.toISOString() }
}
