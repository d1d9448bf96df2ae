/**
 * One way to write a key in the interface: the sheet, tooltips and hints all go through `useKeyHint`, so
 * macOS reads ⌘ and the others Ctrl. The platform is the one main reports (About facts), else the
 * browser's guess until that answer arrives.
 */
import { computed, type ComputedRef } from 'vue'
import { displayAccelerator, type ShortcutPlatform } from '../../../shared/menu/accelerators'
import { localizeKeys } from '../i18n/keys'
import { useShellStore } from '../stores/shell'

export function guessPlatform(): ShortcutPlatform {
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } }
  const name = nav.userAgentData?.platform ?? nav.platform ?? ''
  if (/mac/i.test(name)) return 'darwin'
  return /win/i.test(name) ? 'win32' : 'linux'
}

export function usePlatform(): ComputedRef<ShortcutPlatform> {
  const shell = useShellStore()
  return computed(() => shell.info?.platform ?? guessPlatform())
}

/** `hint('CmdOrCtrl+K')` is "⌘K" on macOS and "Ctrl+K" elsewhere; it follows the platform reactively. */
export function useKeyHint(): ComputedRef<(accelerator: string) => string> {
  const platform = usePlatform()
  return computed(
    () => (accelerator: string) => localizeKeys(displayAccelerator(accelerator, platform.value))
  )
}
