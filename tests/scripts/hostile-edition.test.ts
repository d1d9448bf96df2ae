/**
 * A hostile or broken edition folder: every rule of the content build refuses its vector with one exact
 * message naming the file, and nothing from outside the edition folder is ever read or printed.
 */
import { mkdir, readdir, realpath, rm, stat, symlink, truncate, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { compileEdition } from '../../scripts/content/compile-edition'
import { ContentError } from '../../scripts/content/content-error'
import { copyEdition, editFile, TINY_FIXTURE } from '../support/fixture-edition'

const reads = vi.hoisted(() => [] as string[])
vi.mock('node:fs/promises', async (original) => {
  const actual = await original<typeof import('node:fs/promises')>()
  return {
    ...actual,
    readFile: ((path: Parameters<typeof actual.readFile>[0], ...rest: unknown[]) => {
      reads.push(String(path))
      return Reflect.apply(actual.readFile, actual, [path, ...rest])
    }) as typeof actual.readFile
  }
})

/** What lies beside the edition folder; no error may ever show it, and the build must never read it. */
const SECRET = 'TOP-SECRET outside line 7f3a'

interface Folder {
  /** The edition folder. */
  readonly dir: string
  /** A folder beside it, outside the edition, holding secret.md, secret.txt and secret.json. */
  readonly outside: string
}

async function hostileFolder(): Promise<Folder> {
  const dir = await copyEdition(TINY_FIXTURE)
  const outside = join(dirname(dir), 'outside')
  await mkdir(outside)
  for (const name of ['secret.md', 'secret.txt', 'secret.json'])
    await writeFile(join(outside, name), `# ${SECRET}\n\n${SECRET} {#secret-1}\n\n${SECRET}\n`)
  return { dir, outside }
}

const setChapters = (dir: string, chapters: string[]): Promise<void> =>
  editFile(dir, 'edition.json', (t) =>
    t.replace(/"chapters": \[[^\]]*\]/u, `"chapters": ${JSON.stringify(chapters)}`)
  )
const dropSource = (dir: string): Promise<void> =>
  editFile(dir, 'edition.json', (t) => t.replace(/"source": \{[^}]*\},/u, ''))
const relink = async (dir: string, name: string, target: string): Promise<void> => {
  await rm(join(dir, name), { recursive: true, force: true })
  await symlink(target, join(dir, name))
}
/** A chapter file holding `body` after its title, listed as the only chapter (the source check off). */
async function onlyChapter(dir: string, body: string | Uint8Array, name = '01-opening.md'): Promise<void> {
  await dropSource(dir)
  await rm(join(dir, 'annotations.json'))
  const bytes = typeof body === 'string' ? `# Opening\n\n${body}\n` : body
  await writeFile(join(dir, 'chapters', name), bytes)
  await setChapters(dir, [`chapters/${name}`])
}

const NOT_READ = 'it was not read'
const inChapters = (named: string): string =>
  `chapter "${named}" must be a relative path with "/" to a .md file inside chapters/; ${NOT_READ}`
const linkedOut = (what: string, named: string, place: string): string =>
  `${what} "${named}" resolves to a file outside ${place} (through a symbolic link); ${NOT_READ}`
const RAW_HTML = 'raw HTML is not allowed; write the text in Markdown (a literal "<" can be written "\\<")'
const hidden = (what: string, code: string, name: string): string =>
  `invisible ${what} ${code} (${name}) is not allowed; remove it, or, if the edition's script needs it, allow it for that script in edition.json "allowedControls"`
const invisible = (at: string, what: string, code: string, name: string): string =>
  `${at}: ${hidden(what, code, name)}`
const BAD_CHAPTER_ID = (id: string): string =>
  `chapter id "${id}" (the file name without its number) must be lower-case letters, digits and dashes, at most 120 characters; rename the file`

/** [vector, how to make it, the file the error names (relative to the edition), the exact problem]. */
type Vector = [string, (folder: Folder) => Promise<void>, string, string]

const pathVectors: Vector[] = [
  [
    'a chapter path with ../',
    ({ dir }) => setChapters(dir, ['../outside/secret.md']),
    'edition.json',
    inChapters('../outside/secret.md')
  ],
  [
    'a chapter path that climbs out of chapters/',
    ({ dir }) => setChapters(dir, ['chapters/../../outside/secret.md']),
    'edition.json',
    inChapters('chapters/../../outside/secret.md')
  ],
  [
    '../../etc/passwd',
    ({ dir }) => setChapters(dir, ['../../etc/passwd']),
    'edition.json',
    inChapters('../../etc/passwd')
  ],
  // Its message holds the temp path; the test after the table checks it.
  [
    'an absolute chapter path',
    ({ dir, outside }) => setChapters(dir, [join(outside, 'secret.md')]),
    'edition.json',
    ''
  ],
  [
    'a chapter outside chapters/ but inside the edition',
    ({ dir }) => setChapters(dir, ['source.txt']),
    'edition.json',
    inChapters('source.txt')
  ],
  [
    'a chapter that is not .md',
    ({ dir }) => setChapters(dir, ['chapters/01-opening.txt']),
    'edition.json',
    inChapters('chapters/01-opening.txt')
  ],
  [
    'a chapter path with backslashes',
    ({ dir }) => setChapters(dir, ['chapters\\01-opening.md']),
    'edition.json',
    inChapters('chapters\\\\01-opening.md')
  ],
  [
    'a chapter that is a symlink out of the edition',
    ({ dir, outside }) => relink(dir, 'chapters/02-closing.md', join(outside, 'secret.md')),
    'edition.json',
    linkedOut('chapter', 'chapters/02-closing.md', 'chapters/')
  ],
  [
    'a chapter that is a symlink to another file of the edition',
    ({ dir }) => relink(dir, 'chapters/02-closing.md', '../edition.json'),
    'edition.json',
    linkedOut('chapter', 'chapters/02-closing.md', 'chapters/')
  ],
  [
    'a chapters/ folder that is a symlink out of the edition',
    async ({ dir, outside }) => {
      await relink(dir, 'chapters', outside)
      await setChapters(dir, ['chapters/secret.md'])
    },
    'edition.json',
    linkedOut('chapter', 'chapters/secret.md', 'chapters/')
  ],
  [
    'a chapter that is a folder',
    async ({ dir }) => {
      await mkdir(join(dir, 'chapters/03-folder.md'))
      await setChapters(dir, ['chapters/01-opening.md', 'chapters/03-folder.md'])
    },
    'chapters/03-folder.md',
    `is not a regular file; ${NOT_READ}`
  ],
  [
    'a source.file outside the folder',
    ({ dir }) =>
      editFile(dir, 'edition.json', (t) =>
        t.replace('"file": "source.txt"', '"file": "../outside/secret.txt"')
      ),
    'edition.json',
    `source file "../outside/secret.txt" must be a relative path with "/" to a file inside the edition folder; ${NOT_READ}`
  ],
  [
    'a source.txt that is a symlink out of the edition',
    ({ dir, outside }) => relink(dir, 'source.txt', join(outside, 'secret.txt')),
    'edition.json',
    linkedOut('source file', 'source.txt', 'the edition folder')
  ],
  [
    'an annotations.json that is a symlink out of the edition',
    ({ dir, outside }) => relink(dir, 'annotations.json', join(outside, 'secret.json')),
    'annotations.json',
    `resolves to a file outside the edition folder (through a symbolic link); ${NOT_READ}`
  ],
  [
    'an edition.json that is a symlink out of the edition',
    ({ dir, outside }) => relink(dir, 'edition.json', join(outside, 'secret.json')),
    'edition.json',
    `resolves to a file outside the edition folder (through a symbolic link); ${NOT_READ}`
  ]
]

const idVectors: Vector[] = [
  [
    'a chapter file name that is not an id',
    ({ dir }) => onlyChapter(dir, 'Text. {#p-1}', '01-Bad Id?#<b>x.md'),
    'chapters/01-Bad Id?#<b>x.md',
    BAD_CHAPTER_ID('Bad Id?#<b>x')
  ],
  [
    'a chapter file name with a right-to-left override',
    ({ dir }) => onlyChapter(dir, 'Text. {#p-1}', '\u202eevil.md'),
    'edition.json',
    invisible('line 9, column 26', 'bidirectional control', 'U+202E', 'RIGHT-TO-LEFT OVERRIDE')
  ],
  [
    'a chapter file name with a right-to-left override the manifest allows',
    rloFileName,
    'chapters/\\u202Eevil.md',
    BAD_CHAPTER_ID('\\u202Eevil')
  ],
  [
    'a chapter id longer than the contract allows',
    ({ dir }) => onlyChapter(dir, 'Text. {#p-1}', `${'a'.repeat(121)}.md`),
    `chapters/${'a'.repeat(121)}.md`,
    BAD_CHAPTER_ID(`${'a'.repeat(80)}…`)
  ],
  [
    'a paragraph id that is not an id',
    ({ dir }) => onlyChapter(dir, 'Text. {#Bad}'),
    'chapters/01-opening.md',
    'line 3: paragraph id "Bad" must be lower-case letters, digits and dashes (at most 120 characters)'
  ],
  [
    'an id inside a paragraph',
    ({ dir }) => onlyChapter(dir, 'A *word*{#app} inside. {#p-1}'),
    'chapters/01-opening.md',
    'line 3: an id ({#…}) may only end a paragraph, where it names the paragraph'
  ]
]

const textVectors: Vector[] = [
  [
    'a bidi control written as a character reference',
    ({ dir }) => onlyChapter(dir, 'An &#x202E;evil entity. {#p-1}'),
    'chapters/01-opening.md',
    `line 3: ${hidden('bidirectional control', 'U+202E', 'RIGHT-TO-LEFT OVERRIDE')} (it is written as a character reference)`
  ],
  [
    'a zero-width space written as a JSON escape in a note',
    ({ dir }) => editFile(dir, 'annotations.json', (t) => t.replace('A test term', 'A te\\u200bst term')),
    'annotations.json',
    `annotation "sentence": field "note": ${hidden('zero-width character', 'U+200B', 'ZERO WIDTH SPACE')} (it is written as a \\u escape)`
  ],
  [
    'a bidi override written as a JSON escape in the manifest',
    ({ dir }) =>
      editFile(dir, 'edition.json', (t) => t.replace('A fixture for tests.', 'A fixture \\u202efor tests.')),
    'edition.json',
    `field "editorsNote": ${hidden('bidirectional control', 'U+202E', 'RIGHT-TO-LEFT OVERRIDE')} (it is written as a \\u escape)`
  ],
  [
    'invalid UTF-8 in a chapter',
    ({ dir }) =>
      onlyChapter(
        dir,
        Buffer.concat([
          Buffer.from('# Opening\n\nCaf'),
          Buffer.from([0xe9]),
          Buffer.from(' au lait. {#p-1}\n')
        ])
      ),
    'chapters/01-opening.md',
    'is not valid UTF-8: byte offset 14 (0xE9) does not start a UTF-8 character; save the file as UTF-8'
  ],
  [
    'an overlong UTF-8 form',
    ({ dir }) =>
      onlyChapter(dir, Buffer.from([...Buffer.from('# T\n\nA'), 0xc0, 0xaf, ...Buffer.from(' {#p-1}\n')])),
    'chapters/01-opening.md',
    'is not valid UTF-8: byte offset 6 (0xC0) does not start a UTF-8 character; save the file as UTF-8'
  ],
  [
    'an encoded surrogate',
    ({ dir }) =>
      onlyChapter(
        dir,
        Buffer.from([...Buffer.from('# T\n\nA'), 0xed, 0xa0, 0x80, ...Buffer.from(' {#p-1}\n')])
      ),
    'chapters/01-opening.md',
    'is not valid UTF-8: byte offset 6 (0xED) does not start a UTF-8 character; save the file as UTF-8'
  ],
  [
    'a truncated UTF-8 character at the end',
    ({ dir }) => onlyChapter(dir, Buffer.from([...Buffer.from('# T\n\nA {#p-1}\n'), 0xe2, 0x80])),
    'chapters/01-opening.md',
    'is not valid UTF-8: byte offset 14 (0xE2) does not start a UTF-8 character; save the file as UTF-8'
  ],
  [
    'invalid UTF-8 in edition.json',
    ({ dir }) => writeFile(join(dir, 'edition.json'), Buffer.from([0x7b, 0xff, 0x7d])),
    'edition.json',
    'is not valid UTF-8: byte offset 1 (0xFF) does not start a UTF-8 character; save the file as UTF-8'
  ],
  [
    'invalid UTF-8 in annotations.json',
    ({ dir }) => writeFile(join(dir, 'annotations.json'), Buffer.from([0x7b, 0x0a, 0x80, 0x7d])),
    'annotations.json',
    'is not valid UTF-8: byte offset 2 (0x80) does not start a UTF-8 character; save the file as UTF-8'
  ],
  [
    'a byte-order mark inside a chapter',
    ({ dir }) => onlyChapter(dir, 'Zero\ufeffwidth. {#p-1}'),
    'chapters/01-opening.md',
    invisible('line 3, column 5', 'zero-width character', 'U+FEFF', 'ZERO WIDTH NO-BREAK SPACE')
  ],
  [
    'a right-to-left override in a chapter',
    ({ dir }) => onlyChapter(dir, 'First line\nthe \u202eevil\u202c one. {#p-1}'),
    'chapters/01-opening.md',
    invisible('line 4, column 5', 'bidirectional control', 'U+202E', 'RIGHT-TO-LEFT OVERRIDE')
  ],
  [
    'a zero-width space in a chapter',
    ({ dir }) => onlyChapter(dir, 'Sema\u200bphore. {#p-1}'),
    'chapters/01-opening.md',
    invisible('line 3, column 5', 'zero-width character', 'U+200B', 'ZERO WIDTH SPACE')
  ],
  [
    'a zero-width joiner in a note',
    ({ dir }) => editFile(dir, 'annotations.json', (t) => t.replace('A test term', 'A te\u200dst term')),
    'annotations.json',
    invisible('line 7, column 20', 'zero-width character', 'U+200D', 'ZERO WIDTH JOINER')
  ],
  [
    'a bidi isolate in the manifest',
    ({ dir }) =>
      editFile(dir, 'edition.json', (t) => t.replace('A fixture for tests.', 'A fixture \u2067for tests.')),
    'edition.json',
    invisible('line 7, column 29', 'bidirectional control', 'U+2067', 'RIGHT-TO-LEFT ISOLATE')
  ],
  [
    'a right-to-left mark in the source',
    ({ dir }) => editFile(dir, 'source.txt', (t) => t.replace('says goodbye', 'says\u200f goodbye')),
    'source.txt',
    invisible('line 7, column 27', 'bidirectional control', 'U+200F', 'RIGHT-TO-LEFT MARK')
  ],
  [
    'an allowed control away from its script',
    async ({ dir }) => {
      await allowZwnj(dir)
      await onlyChapter(dir, 'Latin\u200cletters. {#p-1}')
    },
    'chapters/01-opening.md',
    invisible('line 3, column 6', 'zero-width character', 'U+200C', 'ZERO WIDTH NON-JOINER')
  ],
  [
    'an allowance for a script Unicode does not know',
    ({ dir }) =>
      editFile(dir, 'edition.json', (t) =>
        t.replace(
          '"chapters"',
          '"allowedControls": [{ "character": "U+200C", "script": "Klingon" }], "chapters"'
        )
      ),
    'edition.json',
    'field "allowedControls.0.script" must be a Unicode script name such as "Arabic", "Hebrew" or "Devanagari"'
  ],
  [
    'an allowance for a visible character',
    ({ dir }) =>
      editFile(dir, 'edition.json', (t) =>
        t.replace(
          '"chapters"',
          '"allowedControls": [{ "character": "U+0041", "script": "Latin" }], "chapters"'
        )
      ),
    'edition.json',
    'field "allowedControls.0.character" must be one of the invisible characters the build refuses, written like "U+200C": U+061C, U+180E, U+200B, U+200C, U+200D, U+200E, U+200F, U+202A, U+202B, U+202C, U+202D, U+202E, U+2060, U+2061, U+2062, U+2063, U+2064, U+2066, U+2067, U+2068, U+2069, U+FEFF'
  ],
  [
    'inline raw HTML',
    ({ dir }) => onlyChapter(dir, 'Says <img src=x onerror=alert(1)> goodbye. {#p-1}'),
    'chapters/01-opening.md',
    `line 3: ${RAW_HTML}`
  ],
  [
    'inline raw HTML on a paragraph’s second line',
    ({ dir }) => onlyChapter(dir, 'One line,\nthen <b>bold</b>. {#p-1}'),
    'chapters/01-opening.md',
    `line 4: ${RAW_HTML}`
  ],
  [
    'a raw HTML block',
    ({ dir }) => onlyChapter(dir, 'Text. {#p-1}\n\n<div>\nhidden\n</div>\n\nMore. {#p-2}'),
    'chapters/01-opening.md',
    `line 5: ${RAW_HTML}`
  ],
  [
    'an HTML comment',
    ({ dir }) => onlyChapter(dir, '<!-- a note to self -->\n\nText. {#p-1}'),
    'chapters/01-opening.md',
    `line 3: ${RAW_HTML}`
  ],
  [
    'raw HTML in the title',
    ({ dir }) => onlyChapter(dir, Buffer.from('# The <script>x</script> title\n\nText. {#p-1}\n')),
    'chapters/01-opening.md',
    `line 1: ${RAW_HTML}`
  ]
]

/** A file name starting with U+202E that the manifest lets through, so the chapter id rule must catch it. */
async function rloFileName({ dir }: Folder): Promise<void> {
  await editFile(dir, 'edition.json', (t) =>
    t.replace('"chapters"', '"allowedControls": [{ "character": "U+202E", "script": "Latin" }], "chapters"')
  )
  await onlyChapter(dir, 'Text. {#p-1}', '\u202eevil.md')
}

async function allowZwnj(dir: string): Promise<void> {
  await editFile(dir, 'edition.json', (t) =>
    t.replace('"chapters"', '"allowedControls": [{ "character": "U+200C", "script": "Arabic" }], "chapters"')
  )
}

const MIB = 1024 * 1024
/** 1,100 paragraphs of 1,000 letters: every paragraph fits, the chapter does not. */
const BIG_CHAPTER = Array.from({ length: 1100 }, (_, i) => `${'w'.repeat(1000)} {#p-${i}}`).join('\n\n')
const sizeVectors: Vector[] = [
  [
    'a paragraph over 32 KiB',
    ({ dir }) => onlyChapter(dir, `${'word '.repeat(8000)}end. {#p-1}`),
    'chapters/01-opening.md',
    'line 3: paragraph 1 is 40,011 bytes; the paragraph size limit is 32,768 bytes (32 KiB)'
  ],
  [
    'one 5 MB paragraph',
    ({ dir }) => onlyChapter(dir, `${'x'.repeat(5_000_000)} {#p-1}`),
    'chapters/01-opening.md',
    'is 5,000,019 bytes; the chapter size limit is 1,048,576 bytes (1 MiB)'
  ],
  [
    'a chapter over 1 MiB',
    ({ dir }) => onlyChapter(dir, BIG_CHAPTER),
    'chapters/01-opening.md',
    `is ${Buffer.byteLength(`# Opening\n\n${BIG_CHAPTER}\n`).toLocaleString('en-US')} bytes; the chapter size limit is 1,048,576 bytes (1 MiB)`
  ],
  [
    'more than 2,000 paragraphs in a chapter',
    ({ dir }) => onlyChapter(dir, Array.from({ length: 2001 }, (_, i) => `P. {#p-${i}}`).join('\n\n')),
    'chapters/01-opening.md',
    'has more than 2,000 paragraphs; the paragraphs-per-chapter limit is 2,000'
  ],
  [
    'an edition over 64 MiB',
    async ({ dir }) => {
      // Sparse files: their size is real to the file system, yet nothing is written, and the build must not read them.
      const names = Array.from({ length: 64 }, (_, i) => `chapters/${String(i + 10)}-part-${i}.md`)
      for (const name of names) {
        await writeFile(join(dir, name), '')
        await truncate(join(dir, name), MIB)
      }
      await setChapters(dir, ['chapters/01-opening.md', 'chapters/02-closing.md', ...names])
    },
    'edition.json',
    'EDITION'
  ],
  [
    'more than 5,000 annotations',
    ({ dir }) =>
      writeFile(
        join(dir, 'annotations.json'),
        JSON.stringify({ annotations: Array.from({ length: 5001 }, () => ({})) })
      ),
    'annotations.json',
    'has 5,001 annotations; the annotations-per-edition limit is 5,000'
  ]
]

const vectors = [...pathVectors, ...idVectors, ...textVectors, ...sizeVectors]

async function refusal(breakIt: Vector[1]): Promise<{ folder: Folder; error: ContentError }> {
  const folder = await hostileFolder()
  await breakIt(folder)
  const error: unknown = await compileEdition(folder.dir).then(
    () => null,
    (e: unknown) => e
  )
  if (!(error instanceof ContentError)) throw new Error(`expected a ContentError, got ${String(error)}`)
  return { folder, error }
}

beforeEach(() => {
  reads.length = 0
})

describe('a hostile edition folder', () => {
  it.each(vectors)('refuses %s with an exact message', async (_name, breakIt, file, problem) => {
    const { folder, error } = await refusal(breakIt)
    expect(relative(folder.dir, error.file).replace(/[\u202e]/gu, '\\u202E')).toBe(file)
    if (problem === 'EDITION') {
      const files = [
        'edition.json',
        'source.txt',
        'annotations.json',
        ...(await readdir(join(folder.dir, 'chapters'))).map((f) => `chapters/${f}`)
      ]
      let total = 0
      for (const f of files) total += (await stat(join(folder.dir, f))).size
      expect(error.problem).toBe(
        `the files of the edition come to ${total.toLocaleString('en-US')} bytes; the edition size limit is 67,108,864 bytes (64 MiB)`
      )
    } else if (problem !== '') {
      expect(error.problem).toBe(problem)
    }
  })

  it('refuses an absolute chapter path', async () => {
    const { error } = await refusal(async ({ dir, outside }) =>
      setChapters(dir, [join(outside, 'secret.md')])
    )
    expect(error.problem).toMatch(
      /^chapter ".*\/outside\/secret\.md" must be a relative path with "\/" to a \.md file inside chapters\/; it was not read$/u
    )
  })

  it('never prints text from outside the edition folder, and never reads a file there', async () => {
    // The spy sees the build's reads: an intact edition's chapters are read through it.
    const intact = await hostileFolder()
    await compileEdition(intact.dir)
    expect(reads).toContain(join(await realpath(intact.dir), 'chapters/02-closing.md'))
    reads.length = 0
    for (const [name, breakIt] of vectors) {
      const { folder, error } = await refusal(breakIt)
      expect(error.message, name).not.toContain('TOP-SECRET')
      const outside = await realpath(folder.outside)
      expect(
        reads.filter((path) => path.startsWith(outside)),
        name
      ).toEqual([])
      reads.length = 0
    }
  })

  it('prints a hostile file name with its invisible characters escaped', async () => {
    const { error } = await refusal(rloFileName)
    expect(error.message).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/u)
    expect(error.message).toContain('\\u202Eevil')
  })
})

describe('what a careful edition may still do', () => {
  it('strips a leading byte-order mark from a chapter, the manifest and the notes', async () => {
    const { dir } = await hostileFolder()
    for (const file of ['chapters/01-opening.md', 'edition.json', 'annotations.json', 'source.txt'])
      await editFile(dir, file, (t) => `\ufeff${t}`)
    const { edition } = await compileEdition(dir)
    expect(edition.chapters[0]?.title).toBe('Opening')
    expect(edition.meta.id).toBe('tiny-edition')
    expect(edition.annotations).toHaveLength(3)
  })

  it('allows an invisible character the manifest allows, next to a letter of its script', async () => {
    const { dir } = await hostileFolder()
    await allowZwnj(dir)
    await onlyChapter(dir, 'The Persian word می\u200cخواهم keeps its non-joiner. {#p-1}')
    const { edition } = await compileEdition(dir)
    expect(edition.chapters[0]?.paragraphs[0]?.text).toContain('می\u200cخواهم')
  })

  it('keeps an escaped "<" as text', async () => {
    const { dir } = await hostileFolder()
    await onlyChapter(dir, 'A literal \\<b> stays text. {#p-1}')
    const paragraph = (await compileEdition(dir)).edition.chapters[0]?.paragraphs[0]
    expect(paragraph?.text).toBe('A literal <b> stays text.')
    expect(paragraph?.html).toBe('A literal &lt;b&gt; stays text.')
  })

  it('writes a web link out as its text and address, never as a link', async () => {
    const { dir } = await hostileFolder()
    await onlyChapter(
      dir,
      'See [the UN](https://www.un.org "UN") or <https://www.osce.org>, not [this](javascript:alert(1)). {#p-1}'
    )
    const paragraph = (await compileEdition(dir)).edition.chapters[0]?.paragraphs[0]
    expect(paragraph?.text).toBe(
      'See the UN (https://www.un.org) or https://www.osce.org, not [this](javascript:alert(1)).'
    )
    expect(paragraph?.html).not.toContain('<a')
    expect(paragraph?.html).toBe(paragraph?.text)
  })
})
