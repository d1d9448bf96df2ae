import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { bookmarksFile } from '../../src/main/bookmarks/bookmark-file'
import { BookmarkService } from '../../src/main/bookmarks/bookmark-service'
import { decodeFile } from '../../src/main/storage/file-envelope'
import { bookmarkArgs, fakeDeps } from '../support/bookmark-factory'
import { loadEditionChapters } from '../support/edition-fixture'
import { launchReader, type Reader } from './support/launch-reader'

const EDITION = 'diplomatic-service-at-30'
let reader: Reader | null = null
afterAll(async () => {
  await reader?.close()
})

/** Three saves (1, 2, then 3 bookmarks), so the backup holds 2 and the history 1 and 2; then the file is damaged. */
async function profileWithDamagedFile(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'elshi-restore-journey-'))
  const service = BookmarkService.inFolder(dir, fakeDeps())
  await service.load()
  const [founding] = loadEditionChapters()
  if (!founding) throw new Error('the edition has no chapters')
  for (const phrase of ['On July 2, 1992', 'predictable, reasonable, and responsible actor', 'Kazakhstan'])
    if (!(await service.add(bookmarkArgs(founding, phrase))).ok)
      throw new Error(`could not bookmark ${phrase}`)
  await writeFile(join(dir, 'bookmarks.json'), '{"schemaVersion":1,"sha256":"0000","data":{"bookm')
  return dir
}

async function countOnDisk(dir: string): Promise<number> {
  const decoded = decodeFile(bookmarksFile, await readFile(join(dir, 'bookmarks.json')))
  if (!decoded.ok) throw new Error('bookmarks.json is not readable')
  return decoded.data.bookmarks.length
}

describe('a damaged bookmarks file, then restoring an earlier version', () => {
  it('tells the reader, shows the kept file in its folder, restores from history and undoes it', async () => {
    const dir = await profileWithDamagedFile()
    const shown: string[] = []
    reader = await launchReader({ width: 1280, height: 860 }, 'light', {
      userDataDir: dir,
      desktop: { showItemInFolder: (path) => shown.push(path) }
    })
    const { page } = reader
    await page.goto(`${reader.url}#/${EDITION}/bookmarks`)

    const notice = page.getByRole('region', { name: 'About your saved data' })
    await notice.waitFor()
    const [aside] = (await readdir(dir)).filter((name) => name.startsWith('bookmarks.json.corrupt-'))
    expect(aside).toBeDefined()
    const text = (await notice.textContent()) ?? ''
    expect(text).toContain(`bookmarks.json could not be used because it is incomplete, as if cut short.`)
    expect(text).toContain(`It was kept unchanged as ${aside}.`)
    expect(text).toContain('shown from the backup of the previous save')
    expect(text).not.toMatch(/ENOENT|EACCES|\.tmp-|Invalid/)
    await page.locator('.bookmark-item').first().waitFor()
    expect(await page.locator('.bookmark-item').count()).toBe(2)
    await reader.screenshot('restore-01-damaged-file-notice')

    await notice.getByRole('button', { name: 'Show in folder' }).click()
    await expect.poll(() => shown).toEqual([join(dir, aside ?? '')])

    await page.getByRole('link', { name: 'Restore an earlier version of your bookmarks…' }).click()
    const list = page.getByRole('list', { name: 'Saved versions' })
    await list.getByRole('listitem').first().waitFor()
    const rows = await list.getByRole('listitem').allTextContents()
    expect(rows[0]).toMatch(/Current bookmarks.*2 bookmarks/)
    expect(rows.some((row) => /Damaged file, set aside.*cannot be read/.test(row))).toBe(true)
    expect(rows.filter((row) => /Saved version.*· 1 bookmark(?!s)/.test(row))).toHaveLength(1)
    await reader.screenshot('restore-02-versions')

    const oneBookmark = list.getByRole('listitem').filter({ hasText: /Saved version.*· 1 bookmark(?!s)/ })
    await oneBookmark.getByRole('button', { name: /^Restore/ }).click()
    const status = page.locator('.restore-status')
    await expect.poll(() => status.textContent()).toMatch(/Restored 1 bookmark from: Saved version, /)
    expect(await countOnDisk(dir)).toBe(1)
    await reader.screenshot('restore-03-restored')

    await status.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => status.textContent()).toContain('The restore was undone.')
    expect(await countOnDisk(dir)).toBe(2)
    await page.getByRole('link', { name: 'Bookmarks' }).first().click()
    await expect.poll(() => page.locator('.bookmark-item').count()).toBe(2)
    await reader.screenshot('restore-04-undone')
  })
})
