/**
 * WCAG 2.2 contrast from the colours Chromium computed: relative luminance of sRGB, the ratio
 * (L1 + 0.05) / (L2 + 0.05), and the compositing a translucent colour needs before it is compared.
 * Colours arrive as computed-style strings: `rgb(…)`, `rgba(…)` or `color(srgb r g b / a)` (color-mix).
 */
export interface Rgba {
  readonly r: number
  readonly g: number
  readonly b: number
  /** 0–1 */
  readonly a: number
}

export function parseColor(css: string): Rgba {
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)$/.exec(css.trim())
  if (srgb) {
    const [r, g, b] = [srgb[1], srgb[2], srgb[3]].map((v) => Number(v) * 255) as [number, number, number]
    return { r, g, b, a: srgb[4] === undefined ? 1 : Number(srgb[4]) }
  }
  const rgb = /^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:(?:,| \/) ([\d.]+))?\)$/.exec(css.trim())
  if (!rgb) throw new Error(`Not a computed colour: ${css}`)
  return {
    r: Number(rgb[1]),
    g: Number(rgb[2]),
    b: Number(rgb[3]),
    a: rgb[4] === undefined ? 1 : Number(rgb[4])
  }
}

/** `top` painted over an opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number): number => t * top.a + b * (1 - top.a)
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 }
}

export function relativeLuminance({ r, g, b }: Rgba): number {
  const channel = (value: number): number => {
    const c = value / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/** The contrast ratio of two colours, the first composited over the second when translucent. */
export function contrastRatio(foreground: string, background: string): number {
  const bottom = parseColor(background)
  if (bottom.a < 1) throw new Error(`The background must be opaque: ${background}`)
  const top = over(parseColor(foreground), bottom)
  const [light, dark] = [relativeLuminance(top), relativeLuminance(bottom)].sort((x, y) => y - x) as [
    number,
    number
  ]
  return (light + 0.05) / (dark + 0.05)
}
