/**
 * A chapter file: `# Title`, then paragraphs, each ending in `{#paragraph-id}`. Raw HTML is off in
 * markdown-it, so a hostile file cannot smuggle markup; only inline Markdown (emphasis, code, links with
 * safe schemes) survives. The plain text is derived from the same tokens, so it equals the HTML's
 * textContent and every offset means the same thing on both sides.
 */
import MarkdownIt from 'markdown-it'
import attrs from 'markdown-it-attrs'
import type { Paragraph } from '../../src/shared/edition'
import { ContentError } from './content-error'

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false }).use(attrs, {
  allowedAttributes: ['id']
})

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number]

const PARAGRAPH_ID = /^[a-z0-9][a-z0-9-]*$/

export interface ParsedChapter {
  readonly title: string
  readonly paragraphs: Paragraph[]
}

function plainText(children: readonly Token[], file: string): string {
  return children
    .map((token) => {
      if (token.type === 'text' || token.type === 'code_inline') return token.content
      if (token.type === 'softbreak' || token.type === 'hardbreak') return '\n'
      if (token.type === 'image') throw new ContentError(file, 'images are not supported in chapters')
      return ''
    })
    .join('')
}

export function parseChapter(file: string, source: string): ParsedChapter {
  const tokens = markdown.parse(source, {})
  let title: string | null = null
  const paragraphs: Paragraph[] = []
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    const inline = tokens[i + 1]
    if (token.type === 'heading_open' && token.tag === 'h1' && title === null && paragraphs.length === 0) {
      title = inline?.content.trim() ?? ''
      i += 2
    } else if (token.type === 'paragraph_open' && inline?.type === 'inline') {
      const rawId = token.attrGet('id')
      const id = rawId === null ? null : String(rawId)
      const number = paragraphs.length + 1
      if (!id) throw new ContentError(file, `paragraph ${number} has no id: end it with {#some-id}`)
      if (!PARAGRAPH_ID.test(id))
        throw new ContentError(file, `paragraph id "${id}" must be lower-case letters, digits and dashes`)
      const children = inline.children ?? []
      const text = plainText(children, file)
      if (text.trim() === '') throw new ContentError(file, `paragraph "${id}" is empty`)
      paragraphs.push({ id, text, html: markdown.renderer.renderInline(children, markdown.options, {}) })
      i += 2
    } else {
      throw new ContentError(
        file,
        `line ${(token.map?.[0] ?? 0) + 1}: only a "# Title" and paragraphs are allowed (found ${token.type})`
      )
    }
  }
  if (title === null || title === '') throw new ContentError(file, 'must start with a "# Title" line')
  if (paragraphs.length === 0) throw new ContentError(file, 'chapter has no paragraphs')
  return { title, paragraphs }
}
