/** The whole renderer app on a memory router, backed by the real main services over the fake IPC pair. */
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { vi } from 'vitest'
import { createMemoryHistory, type Router } from 'vue-router'
import App from '../../../src/renderer/src/App.vue'
import { createElshiRouter } from '../../../src/renderer/src/router'

export interface MountedApp {
  readonly app: VueWrapper
  readonly router: Router
}

/**
 * Waits until `ready` holds, flushing Vue and the bridge's promises in between. The ceiling is generous:
 * rendering the whole glossary (80 notes) in happy-dom takes seconds on a loaded CI core, and a ceiling
 * that is only just enough makes the test fail by load, not by behaviour.
 */
export async function until(ready: () => boolean, what: string): Promise<void> {
  await vi.waitFor(
    async () => {
      await flushPromises()
      if (!ready()) throw new Error(`still waiting for ${what}`)
    },
    { timeout: 15_000 }
  )
}

export async function mountApp(path: string, ready: (app: VueWrapper) => boolean): Promise<MountedApp> {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createElshiRouter(createMemoryHistory())
  await router.push(path)
  const app = mount(App, { global: { plugins: [pinia, router] }, attachTo: document.body })
  await until(() => ready(app), path)
  return { app, router }
}

/** The app's root element, typed: VueWrapper leaves it loosely typed. */
export function rootOf(app: VueWrapper): Element {
  const element: unknown = app.element
  if (!(element instanceof Element)) throw new Error('the app is not mounted')
  return element
}
