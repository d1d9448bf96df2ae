/**
 * Keeps every window at the zoom level in settings: after a change (the View menu) and after each page
 * load, since Chromium resets zoom when a page loads anew.
 */
import type { Settings } from '../../shared/settings/schema'

/** The part of Electron's webContents this module uses, so tests can pass a fake. */
export interface ZoomTarget {
  setZoomLevel(level: number): void
  isDestroyed(): boolean
}

export function followZoom(
  settings: { get(): Settings; onChange(listener: (next: Settings) => void): () => void },
  pages: () => Iterable<ZoomTarget>
): () => void {
  let applied = settings.get().zoomLevel
  return settings.onChange((next) => {
    if (next.zoomLevel === applied) return
    applied = next.zoomLevel
    for (const page of pages()) if (!page.isDestroyed()) page.setZoomLevel(applied)
  })
}
