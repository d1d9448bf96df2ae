/** A window-level keyboard shortcut that lives while the component using it is shown. */
import { whileShown } from './whileShown'

export interface ShortcutSpec {
  readonly key: string
  /** Ctrl on Windows/Linux, ⌘ on macOS. */
  readonly mod?: boolean
  readonly shift?: boolean
}

export function matchesShortcut(event: KeyboardEvent, spec: ShortcutSpec): boolean {
  const mod = event.ctrlKey || event.metaKey
  return (
    event.key.toLowerCase() === spec.key.toLowerCase() &&
    mod === (spec.mod ?? false) &&
    event.shiftKey === (spec.shift ?? false)
  )
}

export function useShortcut(specs: readonly ShortcutSpec[], handler: (event: KeyboardEvent) => void): void {
  const listener = (event: KeyboardEvent): void => {
    if (specs.some((spec) => matchesShortcut(event, spec))) {
      event.preventDefault()
      handler(event)
    }
  }
  whileShown(
    () => window.addEventListener('keydown', listener),
    () => window.removeEventListener('keydown', listener)
  )
}
