/**
 * Main's revision of the settings: the order the pages use to tell a late answer or push from a new
 * one. It rises by one for each state main keeps, whoever made it, and never for a change refused.
 */
import { describe, expect, it } from 'vitest'
import { SettingsService } from '../../../src/main/settings/settings-service'
import { settingsFile } from '../../../src/main/settings/settings-file'
import { JsonFileStore } from '../../../src/main/storage/json-file-store'
import type { Settings } from '../../../src/shared/settings/schema'
import type { SettingsState } from '../../../src/shared/settings/state'
import { faultyFs } from '../../support/faulty-fs'
import { useTempDir } from '../../support/temp-dir'

const dir = useTempDir('elshi-settings-revision-')

async function loaded(): Promise<{ service: SettingsService; heard: SettingsState[] }> {
  const service = SettingsService.inFolder(dir())
  await service.load()
  const heard: SettingsState[] = []
  service.onChange((settings: Settings, revision: number) => heard.push({ revision, settings }))
  return { service, heard }
}

function kept(result: Awaited<ReturnType<SettingsService['update']>>): SettingsState {
  if (!result.ok) throw new Error(`not kept: ${result.error.code}`)
  return result.value
}

const WINDOW = { x: 10, y: 20, width: 900, height: 700, maximized: false, fullScreen: false }

describe('the settings revision', () => {
  it('is a new one after the load, so nothing announced before it looks newer than the file', async () => {
    const service = SettingsService.inFolder(dir())
    const before = service.state().revision
    await service.load()
    expect(service.state().revision).toBe(before + 1)
  })

  it('rises by one for each change kept, from a page or from main, and answers and announces it', async () => {
    const { service, heard } = await loaded()
    const start = service.state().revision
    const first = kept(await service.update({ reading: { textSize: 20 } }))
    const second = kept(await service.update({ reading: { textSize: 22 } }))
    const placed = kept(await service.setWindowState(WINDOW))
    expect([first, second, placed].map((s) => s.revision)).toEqual([start + 1, start + 2, start + 3])
    expect(second.settings.reading.textSize).toBe(22)
    // The answer, the announcement and what a later getSettings reads are the same state.
    expect(heard).toEqual([first, second, placed])
    expect(service.state()).toEqual(placed)
    expect(service.get()).toBe(placed.settings)
  })

  it('orders changes sent together by when main took them, whatever order their writes end in', async () => {
    const { service } = await loaded()
    const start = service.state().revision
    const answers = await Promise.all([
      service.update({ reading: { textSize: 20 } }),
      service.update({ reading: { textSize: 22 } })
    ])
    expect(answers.map((a) => kept(a).revision)).toEqual([start + 1, start + 2])
    expect(service.state().settings.reading.textSize).toBe(22)
  })

  it('stays where it was when a change is refused, and nothing is announced', async () => {
    const { service, heard } = await loaded()
    const before = service.state()
    expect(await service.update({ reading: { textSize: 19 } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' }
    })
    expect(service.state()).toBe(before)
    expect(heard).toEqual([])
  })

  it('stays where it was when the folder is read-only: the change is not kept, nor announced', async () => {
    const { service, heard } = await loaded()
    const before = service.state()
    service.enterReadOnly({ cause: 'lock-lost' })
    for (const refused of [
      await service.update({ reading: { textSize: 22 } }),
      await service.setWindowState(WINDOW)
    ])
      expect(refused).toMatchObject({ ok: false, error: { code: 'read-only' } })
    expect(service.state()).toBe(before)
    expect(heard).toEqual([])
  })

  it('keeps the revision a change was announced with when its write fails later (a full disk)', async () => {
    const disk = faultyFs()
    const service = new SettingsService(new JsonFileStore(dir(), settingsFile, { fs: disk.fs }))
    await service.load()
    const start = service.state().revision
    disk.fail('writeNew', 'ENOSPC')
    const failed = await service.update({ reading: { textSize: 22 } })
    expect(failed).toMatchObject({ ok: false, error: { code: 'write-failed' } })
    // Main already uses the state (the pages were told of it): it stays, and the next write carries it.
    expect(service.state()).toMatchObject({ revision: start + 1, settings: { reading: { textSize: 22 } } })
    expect(kept(await service.update({ noteMarks: false })).revision).toBe(start + 2)
  })
})
