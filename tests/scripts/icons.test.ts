import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { PNG_SIZES, renderIcons, type IconFile } from '../../scripts/icons/render-icons'
import { ROOT } from '../support/edition-paths'

const BUILD = join(ROOT, 'build')
let rendered: IconFile[]

beforeAll(async () => {
  rendered = renderIcons(await readFile(join(BUILD, 'icon.svg'), 'utf8'))
})

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (bytes: Buffer): [number, number] => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)]

describe('the app icon', () => {
  it('the committed files are exactly what `npm run icons` makes from build/icon.svg', async () => {
    for (const file of rendered) {
      const committed = await readFile(join(BUILD, file.path))
      expect(committed.equals(file.bytes), `${file.path} is stale: run npm run icons`).toBe(true)
    }
  })

  it('has every PNG size, each drawn at its own size', () => {
    for (const size of PNG_SIZES) {
      const file = rendered.find((f) => f.path === `icons/${size}x${size}.png`)
      expect(file && pngSize(file.bytes)).toEqual([size, size])
    }
    expect(pngSize(rendered.find((f) => f.path === 'icon.png')!.bytes)).toEqual([512, 512])
  })

  it('has a Windows ICO up to 256 px and a macOS ICNS', () => {
    const ico = rendered.find((f) => f.path === 'icon.ico')!.bytes
    // ICONDIR: reserved 0, type 1 (icon), then the image count; a width byte of 0 means 256.
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1])
    const count = ico.readUInt16LE(4)
    const widths = Array.from({ length: count }, (_, i) => ico[6 + i * 16] || 256)
    expect(widths).toContain(256)
    expect(widths).toContain(16)
    const icns = rendered.find((f) => f.path === 'icon.icns')!.bytes
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
  })
})
