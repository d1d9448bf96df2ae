/**
 * For the language journeys: which English interface strings must not show in another language, what
 * the page shows outside the edition's own text, and whether any control runs out of the window or
 * is cut short (Russian and Kazakh words are long).
 */
import type { Page } from 'playwright-core'
import type { MessageTree } from '../../../src/shared/i18n/format'
import type { Locale } from '../../../src/shared/i18n/locales'
import { MESSAGES } from '../../../src/shared/i18n/messages'

function leaves(tree: MessageTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [k, v] of leaves(value, path)) out.set(k, v)
  }
  return out
}

/**
 * The English words of every message translated differently in `locale`: each message's text between
 * its placeholders and plural bars, with at least two letters in a row, and not also part of the
 * translations (a name like "PDF" or "Markdown" is the same in every language).
 */
export function englishFragments(locale: Locale): string[] {
  const english = leaves(MESSAGES.en)
  const translated = leaves(MESSAGES[locale])
  const corpus = [...translated.values()].join('\n')
  const fragments = new Set<string>()
  for (const [key, source] of english) {
    if (translated.get(key) === source) continue
    for (const part of source.split(/\{[^}]*\}|\|/u)) {
      const fragment = part.trim().replace(/^[\s.,:;·—–(]+|[\s.,:;·—–)]+$/gu, '')
      if (/\p{L}{2}/u.test(fragment) && !corpus.includes(fragment)) fragments.add(fragment)
    }
  }
  return [...fragments]
}

export interface InterfaceText {
  /** Text nodes and UI attributes outside the edition's text (elements with the edition's lang). */
  readonly texts: readonly string[]
  readonly title: string
  readonly htmlLang: string
}

/** What the interface says on the page now, the edition's own text (and titles in labels) left out. */
export function interfaceText(page: Page, contentLang = 'en'): Promise<InterfaceText> {
  // A script string: the e2e tests are typed for Node, and this runs in the page.
  return page.evaluate<InterfaceText>(`((contentLang) => {
    const ATTRIBUTES = ['aria-label', 'aria-description', 'aria-valuetext', 'title', 'placeholder', 'alt']
    const inContent = (element) =>
      element?.closest('[lang]')?.getAttribute('lang') === contentLang &&
      element.closest('[lang]') !== document.documentElement
    const contentStrings = [...document.querySelectorAll(\`[lang="\${contentLang}"]\`)]
      .filter((element) => element !== document.documentElement)
      .map((element) => (element.textContent ?? '').trim())
      .filter((text) => text.length > 0)
      .sort((a, b) => b.length - a.length)
    // A control named after its passage quotes the passage's first words ("…: In addition to the…"):
    // an excerpt that some content string starts with is the edition's text too.
    const withoutExcerpts = (value) =>
      value.replace(/([^:…]+)…/gu, (whole, excerpt) =>
        contentStrings.some((content) => content.startsWith(excerpt.trim())) ? ' ' : whole
      )
    const withoutContent = (value) =>
      withoutExcerpts(contentStrings.reduce((rest, content) => rest.split(content).join(' '), value))
    const texts = []
    const app = document.getElementById('app')
    if (app) {
      const walker = document.createTreeWalker(app, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? ''
        if (text && !inContent(node.parentElement)) texts.push(text)
      }
      for (const element of app.querySelectorAll('*')) {
        if (inContent(element)) continue
        for (const name of ATTRIBUTES) {
          const value = element.getAttribute(name)
          if (value) texts.push(withoutContent(value))
        }
      }
    }
    return { texts, title: withoutContent(document.title), htmlLang: document.documentElement.lang }
})(${JSON.stringify(contentLang)})`)
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')

/** Each English fragment found in the page's interface text, with where it was found. */
export function englishLeft(found: InterfaceText, fragments: readonly string[]): string[] {
  const all = [...found.texts, found.title]
  const leaks: string[] = []
  for (const fragment of fragments) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(fragment)}(?![\\p{L}\\p{N}])`, 'u')
    const where = all.find((text) => pattern.test(text))
    if (where !== undefined) leaks.push(`“${fragment}” in “${where}”`)
  }
  return leaks
}

/**
 * Controls and headings that stand partly outside the window, or whose text is cut by their own box,
 * and whether the page scrolls sideways. What is meant to be off screen (a closed drawer, text only
 * for screen readers) is not counted.
 */
export function layoutFaults(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const faults = []
    const root = document.documentElement
    if (root.scrollWidth > root.clientWidth + 1)
      faults.push(\`the page scrolls sideways: \${root.scrollWidth} > \${root.clientWidth}\`)
    const selector = 'button, a, label, legend, input, select, h1, h2, h3, kbd, dt, .count, .eyebrow, summary'
    for (const element of document.querySelectorAll(selector)) {
      if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue
      if (element.closest('.visually-hidden, [hidden], .print-only')) continue
      const box = element.getBoundingClientRect()
      if (box.width === 0 || box.height === 0 || box.right <= 0 || box.left >= window.innerWidth) continue
      const name = \`\${element.tagName.toLowerCase()}.\${[...element.classList].join('.')} “\${(element.textContent ?? '').trim().slice(0, 40)}”\`
      if (box.right > window.innerWidth + 1 || box.left < -1)
        faults.push(\`\${name} stands outside the window (\${Math.round(box.left)}–\${Math.round(box.right)})\`)
      const style = getComputedStyle(element)
      const clips = /hidden|clip/u.test(style.overflowX) && style.textOverflow !== 'ellipsis'
      if (clips && element.scrollWidth > element.clientWidth + 1 && element.tagName !== 'INPUT')
        faults.push(\`\${name} is cut short (\${element.scrollWidth} > \${element.clientWidth})\`)
    }
    return faults
  })()`)
}
