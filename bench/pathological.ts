/**
 * Pathological editions for search's bounds (benchmark and tests): one chapter of a single 5 MB
 * paragraph, and one of 10,000 paragraphs. Written as ordinary edition folders (Markdown) and compiled
 * with the edition compiler, so search sees exactly what the app would. The words are drawn from a
 * fixed list by a seeded generator; "Semipalatinsk" stands once, at the very end, so finding it means
 * reading everything, and "treaty" is everywhere.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { compileEdition, type CompiledOutput } from '../scripts/content/compile-edition'
import { LIMITS, type Limits } from '../scripts/content/limits'

export type Pathology = 'huge-paragraph' | 'many-paragraphs'

const WORDS = [
  'treaty',
  'the',
  'of',
  'border',
  'nuclear',
  'peace',
  'and',
  'security',
  'Kazakhstan',
  'talks',
  'foreign',
  'policy',
  'to',
  'a',
  'in',
  'diplomats',
  'signed',
  'agreement',
  'Caspian',
  'Astana'
]

function words(count: number, seed: number): string {
  let state = seed
  const out: string[] = []
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    out.push(WORDS[state % WORDS.length]!)
  }
  return out.join(' ')
}

function chapterOf(pathology: Pathology): string {
  if (pathology === 'huge-paragraph') {
    // ~5 MB: 700k words of ~7 characters.
    let text = words(700_000, 1)
    text = `${text} Semipalatinsk.`
    return `# One long paragraph\n\n${text} {#huge-1}\n`
  }
  const paragraphs = Array.from({ length: 10_000 }, (_, i) => `${words(40, i + 1)}. {#p-${i + 1}}`)
  paragraphs[9_999] = `${words(40, 10_000)} Semipalatinsk. {#p-10000}`
  return `# Ten thousand paragraphs\n\n${paragraphs.join('\n\n')}\n`
}

const STRESS_LIMITS: Limits = {
  ...LIMITS,
  paragraphBytes: 16 * 1024 * 1024,
  chapterBytes: 16 * 1024 * 1024,
  paragraphsPerChapter: 20_000
}

/** Writes and compiles one pathological edition under `root`. */
export async function pathologicalEdition(pathology: Pathology, root: string): Promise<CompiledOutput> {
  const dir = join(root, pathology)
  await mkdir(join(dir, 'chapters'), { recursive: true })
  await writeFile(
    join(dir, 'edition.json'),
    JSON.stringify({
      id: pathology,
      title: `Pathological: ${pathology}`,
      author: 'Generated',
      byline: 'Generated for search bounds',
      language: 'en',
      editorsNote: 'Generated text for measuring search on extreme editions; never shipped.',
      chapters: ['chapters/01-text.md']
    })
  )
  await writeFile(join(dir, 'chapters/01-text.md'), chapterOf(pathology))
  // Far past what a real edition may hold (scripts/content/limits.ts): that is what these measure.
  return compileEdition(dir, STRESS_LIMITS)
}
