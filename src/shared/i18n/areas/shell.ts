/**
 * Main's own texts, the application menu, the OS dialogs and the Markdown export's words: all that
 * main's bundle carries (its translator imports only this), to keep app.asar within its budget.
 * ./main.ts adds the areas the renderer words for main (errors, updates).
 */
import type { Locale } from '../locales'
import enDialogs from '../messages/en/dialogs.json'
import enMarkdown from '../messages/en/markdownExport.json'
import enMenu from '../messages/en/menu.json'
import kkDialogs from '../messages/kk/dialogs.json'
import kkMarkdown from '../messages/kk/markdownExport.json'
import kkMenu from '../messages/kk/menu.json'
import ruDialogs from '../messages/ru/dialogs.json'
import ruMarkdown from '../messages/ru/markdownExport.json'
import ruMenu from '../messages/ru/menu.json'

const en = { ...enMenu, ...enDialogs, ...enMarkdown }

export type ShellMessages = typeof en

export const SHELL_MESSAGES: Readonly<Record<Locale, ShellMessages>> = {
  en,
  ru: { ...ruMenu, ...ruDialogs, ...ruMarkdown },
  kk: { ...kkMenu, ...kkDialogs, ...kkMarkdown }
}
