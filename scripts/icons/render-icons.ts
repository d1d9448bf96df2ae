/**
 * Every icon file the app and its installers use, rendered from the one source, build/icon.svg:
 * PNGs by resvg (each size drawn from the vector, so small sizes stay sharp), and the Windows ICO and
 * macOS ICNS by png2icons from the 1024 px rendering. Pure: returns the files, writes nothing.
 */
import { Resvg } from '@resvg/resvg-js'
import { BICUBIC, createICNS, createICO } from 'png2icons'

/** The sizes electron-builder takes for Linux from build/icons/<n>x<n>.png. */
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const

export interface IconFile {
  /** Relative to build/. */
  readonly path: string
  readonly bytes: Buffer
}

export function renderPng(svg: string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' })
    .render()
    .asPng()
}

export function renderIcons(svg: string): IconFile[] {
  const pngs = PNG_SIZES.map((size) => ({ size, bytes: renderPng(svg, size) }))
  const largest = pngs.at(-1)!.bytes
  const ico = createICO(largest, BICUBIC, 0, true, true)
  const icns = createICNS(largest, BICUBIC, 0)
  if (!ico || !icns) throw new Error('png2icons could not convert the 1024 px icon')
  return [
    ...pngs.map(({ size, bytes }) => ({ path: `icons/${size}x${size}.png`, bytes })),
    // The window icon on Linux, and electron-builder's fallback.
    { path: 'icon.png', bytes: pngs.find((png) => png.size === 512)!.bytes },
    { path: 'icon.ico', bytes: ico },
    { path: 'icon.icns', bytes: icns }
  ]
}
