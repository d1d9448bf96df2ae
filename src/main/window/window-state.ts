/**
 * Where the reader window opens: the saved state fitted to the displays there are now. Plain data in,
 * plain data out, so every case (no saved state, the display gone, mostly off-screen, larger than the
 * screen now is) is tested without Electron.
 */
import type { WindowState } from '../../shared/settings/schema'

export interface Rect {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

export const DEFAULT_WINDOW_SIZE = { width: 1180, height: 820 } as const
export const MIN_WINDOW_SIZE = { width: 420, height: 360 } as const
/** Less than this share of the window on any display counts as lost off-screen. */
const MIN_VISIBLE_SHARE = 0.5

export interface WindowPlacement {
  readonly bounds: Rect
  readonly maximized: boolean
  readonly fullScreen: boolean
}

const area = (rect: Rect): number => Math.max(0, rect.width) * Math.max(0, rect.height)

function overlap(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width > 0 && height > 0 ? width * height : 0
}

/** A size no larger than the work area (and no smaller than the window's minimum). */
function fitSize(width: number, height: number, workArea: Rect): { width: number; height: number } {
  return {
    width: Math.max(Math.min(width, workArea.width), Math.min(MIN_WINDOW_SIZE.width, workArea.width)),
    height: Math.max(Math.min(height, workArea.height), Math.min(MIN_WINDOW_SIZE.height, workArea.height))
  }
}

function centred(width: number, height: number, workArea: Rect): Rect {
  const size = fitSize(width, height, workArea)
  return {
    x: Math.round(workArea.x + (workArea.width - size.width) / 2),
    y: Math.round(workArea.y + (workArea.height - size.height) / 2),
    ...size
  }
}

/** Moves a rectangle the least needed to lie inside the work area. */
function within(rect: Rect, workArea: Rect): Rect {
  const size = fitSize(rect.width, rect.height, workArea)
  const clamp = (value: number, min: number, max: number): number => Math.min(Math.max(value, min), max)
  return {
    x: clamp(rect.x, workArea.x, workArea.x + workArea.width - size.width),
    y: clamp(rect.y, workArea.y, workArea.y + workArea.height - size.height),
    ...size
  }
}

/**
 * `workAreas` are the displays' work areas (without task bar or dock); `primary` is the primary
 * display's. A saved window mostly on one display reopens there, moved inside it if it hangs over an
 * edge; one whose display is gone, or that would be mostly off-screen, opens centred on the primary
 * display at its saved size if that fits. Maximized and full screen are restored over the normal
 * bounds, so leaving them returns to the size the reader had.
 */
export function fitWindowState(
  saved: WindowState | null,
  workAreas: readonly Rect[],
  primary: Rect
): WindowPlacement {
  if (!saved) {
    const { width, height } = DEFAULT_WINDOW_SIZE
    return { bounds: centred(width, height, primary), maximized: false, fullScreen: false }
  }
  const best = workAreas
    .map((workArea) => ({ workArea, shared: overlap(saved, workArea) }))
    .sort((a, b) => b.shared - a.shared)[0]
  const visible = best !== undefined && best.shared >= area(saved) * MIN_VISIBLE_SHARE
  const bounds = visible ? within(saved, best.workArea) : centred(saved.width, saved.height, primary)
  return { bounds, maximized: saved.maximized, fullScreen: saved.fullScreen }
}

/** What to record from a window: its normal (restored) bounds and whether it is maximized or full screen. */
export function windowStateOf(normalBounds: Rect, maximized: boolean, fullScreen: boolean): WindowState {
  return {
    x: Math.round(normalBounds.x),
    y: Math.round(normalBounds.y),
    width: Math.max(MIN_WINDOW_SIZE.width, Math.round(normalBounds.width)),
    height: Math.max(MIN_WINDOW_SIZE.height, Math.round(normalBounds.height)),
    maximized,
    fullScreen
  }
}
