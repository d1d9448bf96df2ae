/**
 * npm run notices (part of npm run build): writes out/notices/third-party-notices.txt from the
 * packages the bundles recorded (scripts/package/bundled-packages.ts), reading each installed
 * package's licence with license-checker-rseidelsohn. Shipped inside the app; the About panel links it.
 */
import { readdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { init, type ModuleInfos } from 'license-checker-rseidelsohn'
import { NOTICES_DIR } from './bundled-packages'
import { formatNotices, missingLicences, type PackageLicence } from './third-party-notices'

export const NOTICES_FILE = join(NOTICES_DIR, 'third-party-notices.txt')

async function recordedPackages(): Promise<string[]> {
  const files = (await readdir(NOTICES_DIR)).filter((f) => /^bundled-.+\.json$/.test(f))
  if (files.length === 0)
    throw new Error(`No bundle recorded its packages in ${NOTICES_DIR}: run the build first.`)
  const ids = new Set<string>()
  for (const file of files) {
    const list: unknown = JSON.parse(await readFile(join(NOTICES_DIR, file), 'utf8'))
    if (Array.isArray(list)) for (const id of list) if (typeof id === 'string') ids.add(id)
  }
  return [...ids].sort()
}

const licenceCheck = (packages: readonly string[]): Promise<ModuleInfos> =>
  new Promise((done, fail) =>
    init(
      { start: resolve('.'), packages: packages.join(';'), customFormat: { licenseText: '' } },
      (error, found) => (error ? fail(error) : done(found))
    )
  )

async function main(): Promise<void> {
  const wanted = await recordedPackages()
  const found: PackageLicence[] = Object.entries(await licenceCheck(wanted)).map(([id, info]) => ({
    id,
    licences: [info.licenses ?? 'UNKNOWN'].flat().join(', '),
    repository: info.repository ?? null,
    text: info.licenseText ?? ''
  }))
  const missing = missingLicences(wanted, found)
  if (missing.length > 0)
    throw new Error(`No licence text was found for ${missing.join(', ')}: the notices would be incomplete.`)
  const kept = found.filter((pkg) => wanted.includes(pkg.id))
  await writeFile(`${NOTICES_FILE}.tmp`, formatNotices(kept))
  await rename(`${NOTICES_FILE}.tmp`, NOTICES_FILE)
  console.log(`Third-party notices: ${kept.length} packages → ${NOTICES_FILE}`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
