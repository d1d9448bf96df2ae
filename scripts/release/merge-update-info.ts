/**
 * The two Mac runners each write a latest-mac.yml for their own architecture; electron-updater reads
 * one file that lists both (it picks the zip for the Mac it runs on). Pure, so it is tested.
 */
export interface UpdateFile {
  readonly url: string
  readonly sha512: string
  readonly size?: number
  readonly [key: string]: unknown
}

export interface UpdateInfo {
  readonly version: string
  readonly files: readonly UpdateFile[]
  readonly path?: string
  readonly sha512?: string
  readonly releaseDate?: string
  readonly [key: string]: unknown
}

export function mergeUpdateInfo(infos: readonly UpdateInfo[]): UpdateInfo {
  const [first, ...rest] = infos
  if (!first) throw new Error('There is no update metadata to merge.')
  for (const info of rest)
    if (info.version !== first.version)
      throw new Error(`The Mac builds disagree on the version: ${first.version} and ${info.version}.`)
  const files = new Map<string, UpdateFile>()
  for (const info of infos) for (const file of info.files) files.set(file.url, file)
  const releaseDate = infos
    .map((info) => info.releaseDate)
    .filter((date): date is string => typeof date === 'string')
    .sort()
    .at(-1)
  return { ...first, files: [...files.values()], ...(releaseDate ? { releaseDate } : {}) }
}
