/**
 * release.yml: gathers every runner's installers (artifacts/<name>/…) into one folder for the release,
 * merging the Macs' latest-mac.yml files into one. Any other file name appearing twice is an error:
 * two runners must never ship different files under one name.
 *   tsx scripts/release/gather-release.ts <artifacts folder> <release folder>
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { dump, load } from 'js-yaml'
import { mergeUpdateInfo, type UpdateInfo } from './merge-update-info'

const isUpdateInfo = (value: unknown): value is UpdateInfo =>
  typeof value === 'object' &&
  value !== null &&
  'version' in value &&
  'files' in value &&
  Array.isArray(value.files)

async function main([from, to]: string[]): Promise<void> {
  if (!from || !to) throw new Error('usage: gather-release.ts <artifacts folder> <release folder>')
  await mkdir(to, { recursive: true })
  const entries = await readdir(from, { recursive: true, withFileTypes: true })
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
  const macInfo: UpdateInfo[] = []
  const taken = new Set<string>()
  for (const file of files) {
    const name = basename(file)
    if (name === 'latest-mac.yml') {
      const info: unknown = load(await readFile(file, 'utf8'))
      if (!isUpdateInfo(info)) throw new Error(`${file} is not electron-builder update metadata.`)
      macInfo.push(info)
      continue
    }
    if (taken.has(name)) throw new Error(`Two runners built ${name}.`)
    taken.add(name)
    await copyFile(file, join(to, name))
  }
  if (macInfo.length > 0)
    await writeFile(join(to, 'latest-mac.yml'), dump(mergeUpdateInfo(macInfo), { lineWidth: -1 }))
  console.log(
    `Release files: ${[...taken, ...(macInfo.length > 0 ? ['latest-mac.yml'] : [])].sort().join(', ')}`
  )
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
