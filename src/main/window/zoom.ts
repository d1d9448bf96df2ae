/** Zoom steps of the View menu, bounded like Chromium's own (see MIN/MAX_ZOOM_LEVEL in settings). */
import { MAX_ZOOM_LEVEL, MIN_ZOOM_LEVEL } from '../../shared/settings/schema'
import type { ZoomStep } from '../menu/menu-template'

/** Electron zoom levels: 0 is 100 %, each whole step is about 20 %. */
export function nextZoomLevel(current: number, step: ZoomStep): number {
  if (step === 'reset') return 0
  const next = Math.round(current) + (step === 'in' ? 1 : -1)
  return Math.min(MAX_ZOOM_LEVEL, Math.max(MIN_ZOOM_LEVEL, next))
}
