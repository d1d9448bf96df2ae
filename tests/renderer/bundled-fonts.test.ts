/**
 * The bundled reading faces (src/renderer/src/assets/styles/fonts.css): each file is the @fontsource
 * package's own, declared with the package's own unicode-range, only in the scripts Elshi needs, and
 * together they cover every Kazakh letter in each face the reader can choose.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../support/edition-paths'

interface Face {
  readonly family: string
  readonly style: string
  readonly weight: string
  readonly file: string
  readonly ranges: string
}

const field = (block: string, name: string): string =>
  new RegExp(`${name}:\\s*([^;]+);`).exec(block)?.[1]?.trim() ?? ''

function facesIn(css: string): Face[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, block = '']) => ({
    family: field(block, 'font-family').replace(/'/g, ''),
    style: field(block, 'font-style'),
    weight: field(block, 'font-weight'),
    file: /([\w-]+\.woff2)/.exec(block)?.[1] ?? '',
    ranges: field(block, 'unicode-range').replace(/\s+/g, '')
  }))
}

const bundled = facesIn(readFileSync(join(ROOT, 'src/renderer/src/assets/styles/fonts.css'), 'utf8'))

/** What the package itself says each of its files covers, from all of its stylesheets. */
function packageRanges(name: string): Map<string, string> {
  const dir = join(ROOT, 'node_modules/@fontsource', name)
  const ranges = new Map<string, string>()
  for (const sheet of readdirSync(dir).filter((file) => file.endsWith('.css')))
    for (const face of facesIn(readFileSync(join(dir, sheet), 'utf8')))
      if (face.ranges) ranges.set(face.file, face.ranges)
  return ranges
}

function covers(ranges: string, letter: string): boolean {
  const code = letter.codePointAt(0) ?? -1
  return ranges.split(',').some((range) => {
    const [from = '', to = from] = range.replace(/^U\+/i, '').split('-')
    return code >= parseInt(from, 16) && code <= parseInt(to, 16)
  })
}

const KAZAKH = [...'әғқңөұүһіӘҒҚҢӨҰҮҺІ']
const PACKAGES: Record<string, string> = {
  Literata: 'literata',
  'Atkinson Hyperlegible': 'atkinson-hyperlegible',
  Andika: 'andika'
}

describe('the bundled fonts', () => {
  it("are the packages' own files with the packages' own ranges", () => {
    expect(bundled.length).toBeGreaterThan(0)
    for (const face of bundled) {
      const name = PACKAGES[face.family] ?? ''
      expect(existsSync(join(ROOT, 'node_modules/@fontsource', name, 'files', face.file)), face.file).toBe(
        true
      )
      expect(face.ranges, face.file).toBe(packageRanges(name).get(face.file))
    }
  })

  it('hold only Latin, Latin Extended, Cyrillic and Cyrillic Extended', () => {
    const subsets = new Set(
      bundled.map((face) => /-(latin-ext|latin|cyrillic-ext|cyrillic)-\d/.exec(face.file)?.[1])
    )
    expect([...subsets].sort()).toEqual(['cyrillic', 'cyrillic-ext', 'latin', 'latin-ext'])
  })

  it('cover every Kazakh letter in each face and style they bundle (Atkinson with Andika, its Cyrillic)', () => {
    const stacks: Record<string, string[]> = {
      Literata: ['Literata'],
      'Atkinson Hyperlegible': ['Atkinson Hyperlegible', 'Andika']
    }
    for (const [choice, families] of Object.entries(stacks)) {
      const variants = new Set(
        bundled.filter((face) => face.family === choice).map((face) => `${face.weight} ${face.style}`)
      )
      for (const variant of variants) {
        const ranges = bundled
          .filter((face) => families.includes(face.family) && `${face.weight} ${face.style}` === variant)
          .map((face) => face.ranges)
          .join(',')
        const missing = KAZAKH.filter((letter) => !covers(ranges, letter))
        expect(missing, `${choice} ${variant}`).toEqual([])
      }
    }
  })
})
