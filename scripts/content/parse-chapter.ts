/**
 * A chapter file: `# Title`, then paragraphs, each ending in `{#paragraph-id}`. Only inline Markdown
 * (emphasis, code, line breaks) is allowed. Raw HTML, block or inline, is refused naming its line (the
 * parser runs with HTML on only to find it); an id anywhere but the end of a paragraph is refused too,
 * so the compiled HTML carries no id at all. Links are written out as their text followed by the address,
 * because Elshi has no network and a link would do nothing. The plain text is derived from the same
 * tokens as the HTML, so it equals the HTML's textContent and every offset means the same on both sides.
 */
import MarkdownIt from 'markdown-it'
import attrs from 'markdown-it-attrs'
import { Slug } from '../../src/shared/slug'
import type { Paragraph } from '../../src/shared/edition'
import * as v from 'valibot'
import { ContentError } from './content-error'
import { firstInvisible, invisibleProblem, type AllowedControls } from './invisible-characters'
import { LIMITS, overBytes, overCount, type Limits } from './limits'
import { quoted } from './quoted'

const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false }).use(attrs, {
  allowedAttributes: ['id']
})
// A link's tokens are kept for the text between them; the address is written out after it (see below).
markdown.renderer.rules['link_open'] = () => ''
markdown.renderer.rules['link_close'] = (tokens, idx) => markdown.utils.escapeHtml(addressText(tokens[idx]))

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number]

/** What stands for a link's address after its text, kept on the link's closing token. */
function addressText(token: Token | undefined): string {
  const address: unknown = token?.meta?.['address']
  return typeof address === 'string' ? address : ''
}

export interface ParsedChapter {
  readonly title: string
  readonly paragraphs: Paragraph[]
}

const RAW_HTML = 'raw HTML is not allowed; write the text in Markdown (a literal "<" can be written "\\<")'

/**
 * Checks one paragraph's (or the title's) inline tokens, naming the line of a problem, and gives each
 * link's closing token the text that stands for its address: " (https://…)", or nothing when the link
 * text already is the address (an autolink).
 */
function checkInline(file: string, children: readonly Token[], firstLine: number): void {
  let line = firstLine
  let linkText = ''
  let href = ''
  for (const token of children) {
    if (token.type === 'softbreak' || token.type === 'hardbreak') line++
    else if (token.type === 'html_inline') throw new ContentError(file, `line ${line}: ${RAW_HTML}`)
    else if (token.type === 'image')
      throw new ContentError(file, `line ${line}: images are not supported in chapters`)
    else if (token.attrGet('id') !== null)
      throw new ContentError(
        file,
        `line ${line}: an id ({#…}) may only end a paragraph, where it names the paragraph`
      )
    if (token.type === 'link_open') {
      href = String(token.attrGet('href') ?? '')
      linkText = ''
    } else if (token.type === 'text' || token.type === 'code_inline') linkText += token.content
    else if (token.type === 'link_close') {
      const bare = href.replace(/^mailto:/u, '')
      token.meta = { address: linkText === href || linkText === bare ? '' : ` (${href})` }
    }
  }
}

function plainText(children: readonly Token[]): string {
  return children
    .map((token) => {
      if (token.type === 'text' || token.type === 'code_inline') return token.content
      if (token.type === 'softbreak' || token.type === 'hardbreak') return '\n'
      if (token.type === 'link_close') return addressText(token)
      return ''
    })
    .join('')
}

const lineOf = (token: Token): number => (token.map?.[0] ?? 0) + 1

function paragraphId(file: string, token: Token, number: number): string {
  const raw = token.attrGet('id')
  const id = raw === null ? '' : String(raw)
  if (id === '')
    throw new ContentError(
      file,
      `line ${lineOf(token)}: paragraph ${number} has no id: end it with {#some-id}`
    )
  if (!v.is(Slug, id))
    throw new ContentError(
      file,
      `line ${lineOf(token)}: paragraph id ${quoted(id)} must be lower-case letters, digits and dashes (at most 120 characters)`
    )
  return id
}

/**
 * A character reference (&#x202E;) decodes to the character itself, after the file's own text was
 * checked: the decoded text is checked again, so an entity cannot smuggle in what a character could not.
 */
function checkDecoded(file: string, text: string, line: number, allowed: AllowedControls): void {
  const found = firstInvisible(text, allowed)
  if (found)
    throw new ContentError(
      file,
      `line ${line}: ${invisibleProblem(found.code)} (it is written as a character reference)`
    )
}

export function parseChapter(
  file: string,
  source: string,
  allowed: AllowedControls = [],
  limits: Limits = LIMITS
): ParsedChapter {
  const tokens = markdown.parse(source, {})
  let title: string | null = null
  const paragraphs: Paragraph[] = []
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    const inline = tokens[i + 1]
    if (token.type === 'html_block') {
      throw new ContentError(file, `line ${lineOf(token)}: ${RAW_HTML}`)
    } else if (
      token.type === 'heading_open' &&
      token.tag === 'h1' &&
      title === null &&
      paragraphs.length === 0
    ) {
      checkInline(file, inline?.children ?? [], lineOf(token))
      title = inline?.content.trim() ?? ''
      checkDecoded(file, plainText(inline?.children ?? []), lineOf(token), allowed)
      i += 2
    } else if (token.type === 'paragraph_open' && inline?.type === 'inline') {
      const number = paragraphs.length + 1
      if (number > limits.paragraphsPerChapter)
        throw new ContentError(
          file,
          `has more than ${overCount(limits.paragraphsPerChapter, 'paragraphs', 'paragraphs-per-chapter', limits.paragraphsPerChapter)}`
        )
      const bytes = Buffer.byteLength(inline.content)
      if (bytes > limits.paragraphBytes)
        throw new ContentError(
          file,
          `line ${lineOf(token)}: paragraph ${number} is ${overBytes(bytes, 'paragraph size', limits.paragraphBytes)}`
        )
      const children = inline.children ?? []
      checkInline(file, children, lineOf(token))
      const id = paragraphId(file, token, number)
      const text = plainText(children)
      checkDecoded(file, text, lineOf(token), allowed)
      if (text.trim() === '') throw new ContentError(file, `paragraph "${id}" is empty`)
      paragraphs.push({ id, text, html: markdown.renderer.renderInline(children, markdown.options, {}) })
      i += 2
    } else {
      throw new ContentError(
        file,
        `line ${lineOf(token)}: only a "# Title" and paragraphs are allowed (found ${token.type})`
      )
    }
  }
  if (title === null || title === '') throw new ContentError(file, 'must start with a "# Title" line')
  if (paragraphs.length === 0) throw new ContentError(file, 'chapter has no paragraphs')
  return { title, paragraphs }
}
