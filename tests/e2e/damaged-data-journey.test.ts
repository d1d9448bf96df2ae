import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { launchReader, type Reader } from './support/launch-reader'

let reader: Reader | null = null
afterAll(async () => {
  await reader?.close()
})

describe('a damaged bookmarks file at start', () => {
  it('tells the reader where the file went, keeps it, and lets them dismiss the notice', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'elshi-damaged-'))
    const damaged = '{"schemaVersion": 1, "data": {"bookmarks": [ {"id": "torn'
    await writeFile(join(dir, 'bookmarks.json'), damaged)
    reader = await launchReader({ width: 1280, height: 860 }, 'light', { userDataDir: dir })
    const { page } = reader
    await page.goto(reader.url)
    const notice = page.getByRole('region', { name: 'About your saved data' })
    await notice.waitFor()
    const aside = (await readdir(dir)).filter((name) => name.startsWith('bookmarks.json.corrupt-'))
    expect(aside).toHaveLength(1)
    expect(await readFile(join(dir, aside[0]!), 'utf8')).toBe(damaged)
    expect(await notice.textContent()).toContain(aside[0])
    await reader.screenshot('data-01-damaged-file-notice')

    await notice.getByRole('button', { name: 'Dismiss' }).click()
    await expect.poll(() => notice.count()).toBe(0)
  })
})
