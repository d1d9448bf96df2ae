/**
 * The workflows as issue 9 describes them: three operating systems (both Mac architectures), Node 22,
 * the whole suite, the installers, the smoke test under Xvfb on Linux, and one published release.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../support/edition-paths'

interface Step {
  uses?: string
  run?: string
  if?: string
  with?: Record<string, unknown>
}
interface Job {
  'runs-on'?: string
  uses?: string
  needs?: string
  strategy?: { matrix: { include: Array<{ os: string }> } }
  steps?: Step[]
  with?: Record<string, unknown>
}
interface Workflow {
  on: Record<string, unknown>
  jobs: Record<string, Job>
}

const read = (name: string): Workflow => {
  const parsed: unknown = load(readFileSync(join(ROOT, '.github/workflows', name), 'utf8'))
  if (typeof parsed !== 'object' || parsed === null || !('jobs' in parsed))
    throw new Error(`${name} has no jobs`)
  return parsed as Workflow
}
const ci = read('ci.yml')
const release = read('release.yml')
const steps = ci.jobs['build']?.steps ?? []
const runs = steps.map((s) => s.run ?? '')

describe('ci.yml', () => {
  it('runs on pushes and pull requests, on Linux, Windows and both Mac architectures', () => {
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['push', 'pull_request']))
    expect(ci.jobs['build']?.strategy?.matrix.include.map((m) => m.os)).toEqual([
      'ubuntu-latest',
      'windows-latest',
      'macos-latest',
      'macos-15-intel'
    ])
  })

  it('uses Node 22, installs Electron, and runs every check before building the installers', () => {
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['node-version']).toBe(22)
    const order = [
      'npm ci',
      'node node_modules/electron/install.js',
      'npm run typecheck',
      'npm run lint',
      'npm test',
      'npm run test:e2e'
    ].map((command) => runs.findIndex((run) => run === command))
    expect(order.every((at) => at >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    const installers = runs.findIndex((run) => run.includes('${{ matrix.installers }}'))
    expect(installers).toBeGreaterThan(Math.max(...order))
  })

  it('launches the packaged app with the smoke test, under xvfb-run on Linux, and keeps the installers', () => {
    expect(steps.find((s) => s.if === "runner.os == 'Linux'" && s.run?.includes('test:electron'))?.run).toBe(
      'xvfb-run --auto-servernum npm run test:electron'
    )
    expect(
      steps.find((s) => s.if === "runner.os != 'Linux'" && s.run?.includes('test:electron'))
    ).toBeDefined()
    expect(steps.some((s) => s.uses?.startsWith('actions/upload-artifact'))).toBe(true)
  })
})

describe('release.yml', () => {
  it('on a v* tag, builds through ci.yml with the secrets, then publishes one release that is not a draft', () => {
    expect(release.on).toEqual({ push: { tags: ['v*'] } })
    expect(release.jobs['build']?.uses).toBe('./.github/workflows/ci.yml')
    expect(release.jobs['build']?.with).toEqual({ release: true })
    const publish = release.jobs['publish']
    expect(publish?.needs).toBe('build')
    const command =
      publish?.steps?.map((s) => s.run ?? '').find((run) => run.startsWith('gh release create')) ?? ''
    expect(command).toContain('release/*')
    expect(command).not.toContain('--draft')
  })
})
