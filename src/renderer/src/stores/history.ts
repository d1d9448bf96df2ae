/**
 * The reader's own history: every place visited (a chapter at a paragraph, a note, a search hit, the
 * glossary…), with where the page was scrolled when the reader left it. Back and Forward go to the
 * address and put the same paragraph at the same height again. `install` hooks it to the router once.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Router } from 'vue-router'

export interface Place {
  readonly path: string
  /** An element at the top of the view when the reader left, and how far below the top it stood. */
  anchorId: string | null
  offset: number
  scrollTop: number
}

const pageElement = (): HTMLElement | null => document.querySelector<HTMLElement>('.page')

function placeOnPage(path: string): Place {
  const page = pageElement()
  if (!page) return { path, anchorId: null, offset: 0, scrollTop: 0 }
  const top = page.getBoundingClientRect().top
  // Paragraphs first (a chapter), else any element with an id in the column (glossary entries…), never
  // a note in the margin, whose place depends on its mark.
  const inView = (element: HTMLElement): boolean =>
    element.offsetParent !== null && element.getBoundingClientRect().bottom > top + 1
  const candidates = (selector: string): HTMLElement[] => [...page.querySelectorAll<HTMLElement>(selector)]
  const anchor =
    candidates('[data-paragraph-id]').find(inView) ??
    candidates('.reading-column [id]').find(
      (element) => !element.closest('.annotation-note') && inView(element)
    )
  return {
    path,
    anchorId: anchor?.id ?? null,
    offset: anchor ? anchor.getBoundingClientRect().top - top : 0,
    scrollTop: page.scrollTop
  }
}

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()))

/** Frames during which the place is held while the view settles (a note renders, fonts swap). */
const SETTLE_FRAMES = 30

/**
 * Waits for the place's view to be rendered, then holds the anchor at its height while the view
 * settles; the reader's own scrolling (wheel, keys, pointer) lets go at once.
 */
async function restore(place: Place, stillWanted: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && stillWanted(); i++) {
    const ready = place.anchorId
      ? document.getElementById(place.anchorId)
      : document.querySelector('.reading-column')
    if (ready) break
    await frame()
  }
  let interrupted = false
  const letGo = (): void => void (interrupted = true)
  const events = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const
  events.forEach((name) => window.addEventListener(name, letGo, { capture: true, passive: true }))
  try {
    for (let i = 0; i < SETTLE_FRAMES && stillWanted() && !interrupted; i++) {
      const page = pageElement()
      const anchor = place.anchorId ? document.getElementById(place.anchorId) : null
      if (page) {
        const top = anchor
          ? page.scrollTop +
            anchor.getBoundingClientRect().top -
            page.getBoundingClientRect().top -
            place.offset
          : place.scrollTop
        if (Math.abs(page.scrollTop - top) >= 1) page.scrollTo({ top, behavior: 'instant' })
      }
      await frame()
    }
  } finally {
    events.forEach((name) => window.removeEventListener(name, letGo, { capture: true }))
  }
}

export const useHistoryStore = defineStore('history', () => {
  const entries = ref<Place[]>([])
  const index = ref(-1)
  let travelling: number | null = null
  let router: Router | null = null
  /** True from a Back/Forward until the page is back in place: the views then do not scroll. */
  const restoring = ref(false)

  function install(target: Router): void {
    if (router) return
    router = target
    router.beforeEach((_to, from) => {
      const current = entries.value[index.value]
      if (current && current.path === from.fullPath) Object.assign(current, placeOnPage(from.fullPath))
    })
    router.afterEach((to, _from, failure) => {
      if (failure) return
      if (travelling !== null) {
        index.value = travelling
        travelling = null
        const place = entries.value[index.value]
        const at = index.value
        if (!place) return
        restoring.value = true
        void restore(place, () => index.value === at).finally(() => {
          if (index.value === at) restoring.value = false
        })
        return
      }
      if (entries.value[index.value]?.path === to.fullPath) return
      const state: unknown = window.history.state
      const replaced = typeof state === 'object' && state !== null && Reflect.get(state, 'replaced') === true
      const place = { path: to.fullPath, anchorId: null, offset: 0, scrollTop: 0 }
      if (replaced && index.value >= 0) entries.value.splice(index.value, 1, place)
      else {
        entries.value.splice(index.value + 1, Infinity, place)
        index.value = entries.value.length - 1
      }
    })
  }

  async function go(step: -1 | 1): Promise<void> {
    const target = index.value + step
    const place = entries.value[target]
    if (!router || !place) return
    travelling = target
    const failure = await router.push(place.path)
    if (failure) travelling = null
  }

  const canGoBack = computed(() => index.value > 0)
  const canGoForward = computed(() => index.value < entries.value.length - 1)
  return { install, back: () => go(-1), forward: () => go(1), canGoBack, canGoForward, restoring }
})
