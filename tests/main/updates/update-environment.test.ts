import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REQUEST_AUDIT_GLOBAL, requestAuditForTestBuild } from '../../../src/main/packaging/test-build'
import { canSelfUpdate } from '../../../src/main/updates/can-self-update'

describe('which installs update themselves', () => {
  it('Windows, macOS and an AppImage do; deb, rpm and an unpacked folder only tell the reader', () => {
    expect(canSelfUpdate('win32', {}, null)).toBe(true)
    expect(canSelfUpdate('darwin', {}, null)).toBe(true)
    expect(canSelfUpdate('linux', { APPIMAGE: '/home/r/Elshi.AppImage' }, null)).toBe(true)
    expect(canSelfUpdate('linux', {}, 'deb\n')).toBe(false)
    expect(canSelfUpdate('linux', { APPIMAGE: '/x' }, 'rpm')).toBe(false)
    expect(canSelfUpdate('linux', {}, null)).toBe(false)
  })
})

describe('the request count of the smoke-test build', () => {
  it('is published only by a build whose package.json carries the test-build mark', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'elshi-test-build-'))
    try {
      const release = {}
      await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'elshi' }))
      expect(requestAuditForTestBuild(dir, release)).toBeUndefined()
      expect(Reflect.has(release, REQUEST_AUDIT_GLOBAL)).toBe(false)

      const testBuild = {}
      await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'elshi', elshiTestBuild: true }))
      const audit = requestAuditForTestBuild(dir, testBuild)
      expect(audit).toEqual({ allowed: 0, blocked: 0, leftMachine: 0 })
      expect(Reflect.get(testBuild, REQUEST_AUDIT_GLOBAL)).toBe(audit)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
