/**
 * Runs `handler` when the application menu sends `command`, for as long as the component using it is
 * mounted. Each feature registers the commands it owns where it lives (the reader its chapter steps,
 * the search box Find…), so no central switch has to know every view.
 */
import { onBeforeUnmount, onMounted } from 'vue'
import type { MenuCommand } from '../../../shared/menu/commands'
import { bridge } from '../bridge'

export function useMenuCommand(command: MenuCommand, handler: () => void): void {
  let unsubscribe: (() => void) | null = null
  onMounted(() => {
    unsubscribe = bridge().onMenuCommand((payload) => {
      if (payload.command === command) handler()
    })
  })
  onBeforeUnmount(() => {
    unsubscribe?.()
    unsubscribe = null
  })
}
