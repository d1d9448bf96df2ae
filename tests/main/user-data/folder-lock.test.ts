import { mkdir, utimes, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LOCK_NAME, lockDataFolder } from '../../../src/main/user-data/folder-lock'
import { openUserData } from '../../../src/main/user-data/user-data'
import { useTempDir } from '../../support/temp-dir'

const dir = useTempDir('elshi-lock-')

async function leaveLock(owner: { pid: number; host: string; startedAt: string }, ageMs = 0) {
  const lock = join(dir(), LOCK_NAME)
  await mkdir(lock)
  await writeFile(join(lock, 'owner.json'), JSON.stringify(owner))
  const when = new Date(Date.now() - ageMs)
  await utimes(lock, when, when)
}

describe('the data folder lock', () => {
  it('refuses a second holder in the same process, naming who holds it, until released', async () => {
    const first = await lockDataFolder(dir(), { now: () => new Date('2024-05-01T12:00:00Z') })
    expect(first.state).toBe('held')
    const second = await lockDataFolder(dir())
    expect(second).toEqual({
      state: 'locked',
      cause: {
        cause: 'locked',
        holder: { pid: String(process.pid), computer: null, since: '2024-05-01T12:00:00.000Z' }
      }
    })
    if (first.state === 'held') await first.release()
    const third = await lockDataFolder(dir())
    expect(third.state).toBe('held')
    if (third.state === 'held') await third.release()
  })

  it('keeps the lock past its refreshes (every 5 s), never taking its own owner file for a takeover', async () => {
    const lost: unknown[] = []
    const outcome = await lockDataFolder(dir(), { onLost: (cause) => lost.push(cause) })
    await new Promise((resolve) => setTimeout(resolve, 11_000))
    expect(lost).toEqual([])
    expect((await lockDataFolder(dir())).state).toBe('locked')
    if (outcome.state === 'held') await outcome.release()
  }, 20_000)

  it('takes over at once a lock left by a process on this computer that has died', async () => {
    // A pid far above any real one (Linux caps at 2^22) is never alive.
    await leaveLock({ pid: 2 ** 30, host: hostname(), startedAt: '2024-05-01T12:00:00Z' })
    const outcome = await lockDataFolder(dir())
    expect(outcome.state).toBe('held')
    if (outcome.state === 'held') await outcome.release()
  })

  it('takes over a lock whose holder died before it could write who it is', async () => {
    await mkdir(join(dir(), LOCK_NAME))
    const outcome = await lockDataFolder(dir())
    expect(outcome.state).toBe('held')
    if (outcome.state === 'held') await outcome.release()
  })

  it('trusts a fresh lock from another computer, and takes over one gone stale', async () => {
    await leaveLock({ pid: 77, host: 'laptop-at-home', startedAt: '2024-05-01T12:00:00Z' })
    const fresh = await lockDataFolder(dir())
    expect(fresh).toMatchObject({
      state: 'locked',
      cause: { holder: { pid: '77', computer: 'laptop-at-home', since: '2024-05-01T12:00:00.000Z' } }
    })
    await utimes(join(dir(), LOCK_NAME), new Date(Date.now() - 60_000), new Date(Date.now() - 60_000))
    const stale = await lockDataFolder(dir())
    expect(stale.state).toBe('held')
    if (stale.state === 'held') await stale.release()
  })

  it('opens a second UserData on a held folder read-only, with the files still readable', async () => {
    const first = openUserData(dir())
    await first.loaded
    const position = {
      editionId: 'diplomatic-service-at-30',
      chapterId: 'founding',
      paragraphId: 'founding-2'
    }
    expect((await first.positions.set(position)).ok).toBe(true)
    const second = openUserData(dir())
    const notices = await second.loaded
    expect(notices.map((n) => [n.file, n.kind])).toEqual([
      ['bookmarks.json', 'read-only'],
      ['reading-positions.json', 'read-only'],
      ['settings.json', 'read-only']
    ])
    expect(second.positions.get('diplomatic-service-at-30')).toMatchObject(position)
    expect(await second.positions.set(position)).toMatchObject({ ok: false, error: { code: 'read-only' } })
    await first.close()
    await second.close()
  })
})
