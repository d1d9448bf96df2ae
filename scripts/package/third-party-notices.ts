/**
 * The text of out/notices/third-party-notices.txt: every npm package bundled into the app (as the
 * build recorded it), with its licence and the licence text its authors ship. Pure, so it is tested
 * without a build.
 */
export interface PackageLicence {
  /** name@version */
  readonly id: string
  readonly licences: string
  readonly repository: string | null
  readonly text: string
}

const RULE = '='.repeat(78)

export const NOTICES_HEADER = [
  'Elshi: third-party notices',
  '',
  'Elshi is released under the MIT licence (see LICENSE). The application includes the following',
  'packages from the npm registry, compiled into its code; each is used under its own licence, which',
  'is reproduced below as its authors ship it. Electron and Chromium are under their own licences,',
  'which ship beside the executable (LICENSE.electron.txt and LICENSES.chromium.html).',
  ''
].join('\n')

const splitId = (id: string): { name: string; version: string } => {
  const at = id.lastIndexOf('@')
  return at > 0 ? { name: id.slice(0, at), version: id.slice(at + 1) } : { name: id, version: '' }
}

export function formatNotices(packages: readonly PackageLicence[]): string {
  const sections = [...packages]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((pkg) => {
      const { name, version } = splitId(pkg.id)
      return [
        RULE,
        `${name} ${version}`.trim(),
        `Licence: ${pkg.licences}`,
        ...(pkg.repository ? [`Source: ${pkg.repository}`] : []),
        '',
        pkg.text.trim(),
        ''
      ].join('\n')
    })
  return `${NOTICES_HEADER}\n${sections.join('\n')}`
}

/** The packages the build recorded but no licence text was found for: the build must stop on these. */
export function missingLicences(wanted: readonly string[], found: readonly PackageLicence[]): string[] {
  const withText = new Set(found.filter((pkg) => pkg.text.trim().length > 0).map((pkg) => pkg.id))
  return wanted.filter((id) => !withText.has(id))
}
