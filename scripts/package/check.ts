/**
 * npm run package:check: packages Elshi the way a release does, fully offline, and checks the result.
 *   1. electron-builder --linux dir against a stub Electron folder made here (no download);
 *   2. the archive's file list (exactly the app and the current editions, nothing that should not ship);
 *   3. the size budget of app.asar, and the release fuses on the packaged executable;
 *   4. the archive, extracted, run the way the packaged main runs it: the paths come from
 *      appLayout(packagedMainDir(resourcesPath)), main's own requires resolve inside the archive, and
 *      the search worker answers from the archive's editions under Node.
 * Run `npm run build` first (the npm script does).
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { extractAll, listPackage, statFile } from '@electron/asar'
import { getConfig } from 'app-builder-lib/out/util/config/config'
import { readManifest } from '../content/compile-edition'
import { EDITIONS_SOURCE, listEditionDirs } from '../content/build-editions'
import { appLayout, packagedMainDir } from '../../src/main/packaging/app-layout'
import { startWorkerEngine } from '../../src/main/search/worker/worker-engine'
import { archiveProblems, sizeProblem } from './archive-rules'
import { fuseMismatches, fuseSettingsOf } from './fuses'
import { makeStubElectron } from './stub-electron'

const ROOT = resolve(__dirname, '../..')
/** The bundled edition's known answer: the nuclear-disarmament chapter ranks first for this word. */
const PROBE = { edition: 'diplomatic-service-at-30', query: 'Semipalatinsk', firstChapter: 'nuclear' }

function packageWithStub(stub: string, output: string): void {
  const cli = join(ROOT, 'node_modules/electron-builder/cli.js')
  const args = [
    '--linux',
    'dir',
    '--publish',
    'never',
    `-c.electronDist=${stub}`,
    `-c.directories.output=${output}`
  ]
  const run = spawnSync(process.execPath, [cli, ...args], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' }
  })
  if (run.status !== 0) throw new Error(`electron-builder --linux dir failed (exit ${run.status})`)
}

const archiveFiles = (archive: string): string[] =>
  listPackage(archive, { isPack: false }).filter((entry) => !('files' in statFile(archive, entry.slice(1))))

/** Every require() in main's bundles must be Electron, a Node built-in, or a file inside the archive. */
async function unresolvedRequires(mainDir: string): Promise<string[]> {
  const builtins = new Set(builtinModules)
  const problems: string[] = []
  const entries = await readdir(mainDir, { recursive: true, withFileTypes: true })
  for (const entry of entries.filter((e) => e.isFile() && e.name.endsWith('.js'))) {
    const file = join(entry.parentPath, entry.name)
    for (const [, id] of (await readFile(file, 'utf8')).matchAll(/require\("([^"]+)"\)/g)) {
      if (!id || id === 'electron' || id.startsWith('node:') || builtins.has(id)) continue
      if (id.startsWith('.') && existsSync(resolve(dirname(file), id))) continue
      problems.push(`${file.slice(mainDir.length)} requires "${id}", which is not in the archive`)
    }
  }
  return problems
}

async function searchFromArchive(resourcesPath: string, editions: readonly string[]): Promise<string[]> {
  const layout = appLayout(packagedMainDir(resourcesPath))
  const problems: string[] = []
  for (const file of [layout.searchWorkerFile, layout.noticesFile, join(layout.editionsDir, 'catalog.json')])
    if (!existsSync(file)) problems.push(`packaged main would look for ${file}, which is not in the archive`)
  for (const id of editions) {
    const engine = await startWorkerEngine({ file: layout.searchWorkerFile }, join(layout.editionsDir, id))
    try {
      const results = await engine.search(id === PROBE.edition ? PROBE.query : 'the')
      const first = results.groups[0]?.chapterId
      if (id === PROBE.edition && first !== PROBE.firstChapter)
        problems.push(`"${PROBE.query}" lists ${first ?? 'nothing'} first, expected ${PROBE.firstChapter}`)
      else console.log(`worker from the archive: ${id} answers (${results.totalHits} passages)`)
    } finally {
      await engine.close()
    }
  }
  return problems
}

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'elshi-package-check-'))
  try {
    const editions: string[] = []
    for (const dir of await listEditionDirs(EDITIONS_SOURCE)) editions.push((await readManifest(dir)).id)
    const output = join(work, 'dist')
    packageWithStub(await makeStubElectron(join(work, 'electron')), output)
    const appDir = join(output, 'linux-unpacked')
    const archive = join(appDir, 'resources', 'app.asar')

    const problems = archiveProblems(archiveFiles(archive), editions)
    const size = (await stat(archive)).size
    const overBudget = sizeProblem(size)
    if (overBudget) problems.push(overBudget)
    const release = fuseSettingsOf(await getConfig(ROOT, join(ROOT, 'electron-builder.yml'), null))
    problems.push(...(await fuseMismatches(join(appDir, 'elshi'), release)))

    const resourcesPath = join(work, 'extracted', 'resources')
    extractAll(archive, join(resourcesPath, 'app.asar'))
    problems.push(...(await unresolvedRequires(packagedMainDir(resourcesPath))))
    problems.push(...(await searchFromArchive(resourcesPath, editions)))

    console.log(`app.asar: ${size} bytes; editions: ${editions.join(', ')}`)
    if (problems.length > 0) {
      console.error(`package:check found ${problems.length} problem(s):\n  ${problems.join('\n  ')}`)
      process.exitCode = 1
    } else console.log('package:check passed: file list, size budget, fuses, and search from the archive.')
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
