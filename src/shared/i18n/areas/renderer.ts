/**
 * The message areas of the renderer's texts (views, components, notices). Owned by the renderer's
 * side of issue 12; same rules as ./main.ts: one JSON file per area and locale under ../messages,
 * nested under the area's name, English the source of truth for the shape.
 */
import type { Locale } from '../locales'

const en = {}

export type RendererMessages = typeof en

export const RENDERER_MESSAGES: Readonly<Record<Locale, RendererMessages>> = {
  en,
  ru: {},
  kk: {}
}
