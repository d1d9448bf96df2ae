/** `npm run icons`: regenerates build/icon.png, build/icons/*.png, build/icon.ico and build/icon.icns. */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { renderIcons } from './render-icons'

const BUILD = join(__dirname, '../../build')

async function main(): Promise<void> {
  const svg = await readFile(join(BUILD, 'icon.svg'), 'utf8')
  for (const file of renderIcons(svg)) {
    const target = join(BUILD, file.path)
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, file.bytes)
    console.log(`build/${file.path}  ${file.bytes.length} bytes`)
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
