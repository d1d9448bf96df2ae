/** A media query as a ref, for layout decisions the stylesheet cannot make alone (the drawer). */
import { onBeforeUnmount, ref, type Ref } from 'vue'

export function useMediaQuery(query: string): Ref<boolean> {
  const list = window.matchMedia(query)
  const matches = ref(list.matches)
  const update = (event: MediaQueryListEvent): void => void (matches.value = event.matches)
  list.addEventListener('change', update)
  onBeforeUnmount(() => list.removeEventListener('change', update))
  return matches
}

/** Below this the side panel is a drawer over the page (keep in step with shell.css). */
export const DRAWER_QUERY = '(max-width: 1359px)'
