/**
 * Runs `handler` when the application menu sends `command`, while the component using it is shown
 * (mounted, and not a chapter kept aside: see whileShown). Each feature registers the commands it owns where it lives (the reader its chapter steps,
 * the search box Find…), so no central switch has to know every view.
 */
import type { MenuCommand } from '../../../shared/menu/commands'
import { bridge } from '../bridge'
import { whileShown } from './whileShown'

export function useMenuCommand(command: MenuCommand, handler: () => void): void {
  let unsubscribe: (() => void) | null = null
  whileShown(
    () => {
      unsubscribe = bridge().onMenuCommand((payload) => {
        if (payload.command === command) handler()
      })
    },
    () => {
      unsubscribe?.()
      unsubscribe = null
    }
  )
}
