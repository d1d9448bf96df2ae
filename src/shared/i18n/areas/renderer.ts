/**
 * The message areas of the renderer's texts (views, components, notices). Owned by the renderer's
 * side of issue 12; same rules as ./main.ts: one JSON file per area and locale under ../messages,
 * nested under the area's name, English the source of truth for the shape.
 */
import type { Locale } from '../locales'
import enAboutPanel from '../messages/en/aboutPanel.json'
import enBookmarks from '../messages/en/bookmarks.json'
import enCitation from '../messages/en/citation.json'
import enCommon from '../messages/en/common.json'
import enDates from '../messages/en/dates.json'
import enFrame from '../messages/en/frame.json'
import enKeys from '../messages/en/keys.json'
import enNotes from '../messages/en/notes.json'
import enPrint from '../messages/en/print.json'
import enReader from '../messages/en/reader.json'
import enRestore from '../messages/en/restore.json'
import enSearch from '../messages/en/search.json'
import enSelection from '../messages/en/selection.json'
import enSettings from '../messages/en/settings.json'
import enShortcuts from '../messages/en/shortcuts.json'
import enTransfer from '../messages/en/transfer.json'
import kkAboutPanel from '../messages/kk/aboutPanel.json'
import kkBookmarks from '../messages/kk/bookmarks.json'
import kkCitation from '../messages/kk/citation.json'
import kkCommon from '../messages/kk/common.json'
import kkDates from '../messages/kk/dates.json'
import kkFrame from '../messages/kk/frame.json'
import kkKeys from '../messages/kk/keys.json'
import kkNotes from '../messages/kk/notes.json'
import kkPrint from '../messages/kk/print.json'
import kkReader from '../messages/kk/reader.json'
import kkRestore from '../messages/kk/restore.json'
import kkSearch from '../messages/kk/search.json'
import kkSelection from '../messages/kk/selection.json'
import kkSettings from '../messages/kk/settings.json'
import kkShortcuts from '../messages/kk/shortcuts.json'
import kkTransfer from '../messages/kk/transfer.json'
import ruAboutPanel from '../messages/ru/aboutPanel.json'
import ruBookmarks from '../messages/ru/bookmarks.json'
import ruCitation from '../messages/ru/citation.json'
import ruCommon from '../messages/ru/common.json'
import ruDates from '../messages/ru/dates.json'
import ruFrame from '../messages/ru/frame.json'
import ruKeys from '../messages/ru/keys.json'
import ruNotes from '../messages/ru/notes.json'
import ruPrint from '../messages/ru/print.json'
import ruReader from '../messages/ru/reader.json'
import ruRestore from '../messages/ru/restore.json'
import ruSearch from '../messages/ru/search.json'
import ruSelection from '../messages/ru/selection.json'
import ruSettings from '../messages/ru/settings.json'
import ruShortcuts from '../messages/ru/shortcuts.json'
import ruTransfer from '../messages/ru/transfer.json'

const en = {
  ...enCommon,
  ...enFrame,
  ...enReader,
  ...enCitation,
  ...enBookmarks,
  ...enTransfer,
  ...enRestore,
  ...enNotes,
  ...enPrint,
  ...enSettings,
  ...enSearch,
  ...enShortcuts,
  ...enKeys,
  ...enAboutPanel,
  ...enDates,
  ...enSelection
}

export type RendererMessages = typeof en

export const RENDERER_MESSAGES: Readonly<Record<Locale, RendererMessages>> = {
  en,
  ru: {
    ...ruCommon,
    ...ruFrame,
    ...ruReader,
    ...ruCitation,
    ...ruBookmarks,
    ...ruTransfer,
    ...ruRestore,
    ...ruNotes,
    ...ruPrint,
    ...ruSettings,
    ...ruSearch,
    ...ruShortcuts,
    ...ruKeys,
    ...ruAboutPanel,
    ...ruDates,
    ...ruSelection
  },
  kk: {
    ...kkCommon,
    ...kkFrame,
    ...kkReader,
    ...kkCitation,
    ...kkBookmarks,
    ...kkTransfer,
    ...kkRestore,
    ...kkNotes,
    ...kkPrint,
    ...kkSettings,
    ...kkSearch,
    ...kkShortcuts,
    ...kkKeys,
    ...kkAboutPanel,
    ...kkDates,
    ...kkSelection
  }
}
