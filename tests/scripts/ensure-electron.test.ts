import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  executableName,
  findElectronBinary,
  type BinaryLookup
} from '../../scripts/electron/electron-binary.mjs'
import { ensureElectron, type ElectronInstaller } from '../../scripts/electron/ensure-electron.mjs'
import { useTempDir } from '../support/temp-dir'

const dir = useTempDir()

const FETCH_FAILED = `TypeError: fetch failed
    at node:internal/deps/undici/undici:14976:13
    at async FetchDownloader.download (file:///x/node_modules/@electron/get/dist/FetchDownloader.js:46:30)
`

/** An installer whose binary appears only if its download "succeeds"; counts the downloads it starts. */
function fakeInstaller(start: BinaryLookup, download: { status: number; stderr: string; installs: boolean }) {
  let state = start
  const installer = {
    version: '45.5.0',
    downloads: 0,
    find: () => state,
    install: async () => {
      installer.downloads++
      if (download.installs) state = { state: 'present', binary: '/e/dist/electron' }
      return { status: download.status, stderr: download.stderr }
    }
  } satisfies ElectronInstaller & { downloads: number }
  return installer
}

async function ensure(installer: ElectronInstaller, nodeVersion = 'v22.12.0') {
  const said: string[] = []
  const outcome = await ensureElectron(installer, (line) => said.push(line), nodeVersion)
  return { outcome, said }
}

describe('ensuring the Electron binary before a start', () => {
  it('downloads nothing and says nothing when the binary is there', async () => {
    const installer = fakeInstaller(
      { state: 'present', binary: '/e/dist/electron' },
      { status: 0, stderr: '', installs: true }
    )
    const { outcome, said } = await ensure(installer)
    expect(outcome).toEqual({ ok: true, binary: '/e/dist/electron' })
    expect(installer.downloads).toBe(0)
    expect(said).toEqual([])
  })

  it('runs the installer once when the binary is missing, and uses what it installed', async () => {
    const installer = fakeInstaller({ state: 'missing' }, { status: 0, stderr: '', installs: true })
    const { outcome, said } = await ensure(installer)
    expect(outcome).toEqual({ ok: true, binary: '/e/dist/electron' })
    expect(installer.downloads).toBe(1)
    expect(said.join('\n')).toMatch(/downloading it once/)
  })

  it('fails with a short message saying what to do, and a non-zero status, when the download fails', async () => {
    const installer = fakeInstaller(
      { state: 'missing' },
      { status: 1, stderr: FETCH_FAILED, installs: false }
    )
    const { outcome } = await ensure(installer)
    if (outcome.ok) throw new Error('expected a failure')
    expect(outcome.exitCode).not.toBe(0)
    expect(outcome.message).toMatch(/Electron 45\.5\.0's binary could not be downloaded/)
    expect(outcome.message).toMatch(/one-time download/)
    expect(outcome.message).toMatch(/network/)
    expect(outcome.message).toMatch(/ELECTRON_MIRROR/)
    expect(outcome.message).toMatch(/ELECTRON_OVERRIDE_DIST_PATH/)
    expect(outcome.message).toMatch(/The downloader said: TypeError: fetch failed$/m)
    expect(outcome.message).not.toMatch(/Electron uninstall/)
    expect(outcome.message).not.toMatch(/^\s+at /m)
  })

  it('fails when the installer exits 0 but no binary appeared', async () => {
    const installer = fakeInstaller({ state: 'missing' }, { status: 0, stderr: '', installs: false })
    const { outcome } = await ensure(installer)
    expect(outcome).toMatchObject({ ok: false, exitCode: 1 })
  })

  it('names the Node version when it is older than the downloader supports', async () => {
    const installer = fakeInstaller(
      { state: 'missing' },
      { status: 1, stderr: FETCH_FAILED, installs: false }
    )
    const { outcome: old } = await ensure(installer, 'v20.20.2')
    const { outcome: current } = await ensure(installer, 'v22.12.0')
    expect(!old.ok && old.message).toMatch(/this is Node v20\.20\.2; running Elshi needs Node 22\.12/)
    expect(!current.ok && current.message).not.toMatch(/this is Node/)
  })

  it('does not download when ELECTRON_OVERRIDE_DIST_PATH names a folder without Electron, and says so', async () => {
    const binary = '/opt/electron/electron'
    const installer = fakeInstaller(
      { state: 'override-missing', binary },
      { status: 0, stderr: '', installs: true }
    )
    const { outcome } = await ensure(installer)
    expect(installer.downloads).toBe(0)
    expect(outcome).toMatchObject({ ok: false, exitCode: 1 })
    expect(!outcome.ok && outcome.message).toContain(binary)
  })
})

describe('finding the binary the way the electron package does', () => {
  async function fakePackage(files: Record<string, string>) {
    for (const [name, text] of Object.entries(files)) {
      await mkdir(join(dir(), name, '..'), { recursive: true })
      await writeFile(join(dir(), name), text)
    }
    return { dir: dir(), version: '45.5.0' }
  }
  const exe = executableName()

  it('is present when path.txt names an executable in dist/ of the installed version', async () => {
    const pkg = await fakePackage({ 'path.txt': exe, 'dist/version': 'v45.5.0', [`dist/${exe}`]: '' })
    expect(findElectronBinary(pkg, {})).toEqual({ state: 'present', binary: join(dir(), 'dist', exe) })
  })

  it('is missing without path.txt, without the executable, or for another version', async () => {
    expect(findElectronBinary(await fakePackage({ 'dist/version': '45.5.0' }), {})).toEqual({
      state: 'missing'
    })
    const noBinary = await fakePackage({ 'path.txt': exe })
    expect(findElectronBinary(noBinary, {})).toEqual({ state: 'missing' })
    const older = await fakePackage({ 'dist/version': '44.0.0', [`dist/${exe}`]: '' })
    expect(findElectronBinary(older, {})).toEqual({ state: 'missing' })
  })

  it('uses the folder in ELECTRON_OVERRIDE_DIST_PATH when set', async () => {
    const pkg = await fakePackage({ [`elsewhere/${exe}`]: '' })
    const env = { ELECTRON_OVERRIDE_DIST_PATH: join(dir(), 'elsewhere') }
    expect(findElectronBinary(pkg, env)).toEqual({ state: 'present', binary: join(dir(), 'elsewhere', exe) })
    const nowhere = { ELECTRON_OVERRIDE_DIST_PATH: join(dir(), 'nowhere') }
    expect(findElectronBinary(pkg, nowhere)).toEqual({
      state: 'override-missing',
      binary: join(dir(), 'nowhere', exe)
    })
  })
})
