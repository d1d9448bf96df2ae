/**
 * Felt latency: from the last keystroke to the results for that input painted, in headless Chromium on
 * the built renderer (the same harness as the journeys: window.elshi backed by main's real services).
 * Words are typed letter by letter at a brisk typist's pace; in the page, the last key's keydown starts
 * the clock, and it stops once the first frame that shows that input's results has been rendered: the
 * animation-frame callback that sees them posts a message, handled after that frame's style, layout
 * and paint. Also the first query of a fresh window,
 * typed once the page has painted and the window has been idle: the index is prepared at idle.
 */
import { launchReader } from '../tests/e2e/support/launch-reader'

const WORDS = [
  'Kazakhstan',
  'foreign policy',
  'nuclear',
  'Semipalatinsk',
  'diplomacy',
  'Caspian',
  'security',
  'borders',
  'mediation',
  'climate',
  'treaty',
  'independence'
]
const KEY_GAP_MS = 70

/** Runs in the page (a string: the bench is typed for Node, not the DOM). */
const ARM_CLOCK = `
  globalThis.__feltLatency = new Promise((resolve) => {
    const input = document.getElementById('search-input')
    // Where the time goes: when the search answer arrived and when the results were in the DOM.
    let answered = NaN
    let shown = NaN
    const fetchBefore = window.fetch
    window.fetch = async (url, init) => {
      const response = await fetchBefore(url, init)
      if (String(init && init.body).includes('"method":"search"') && Number.isNaN(answered)) answered = performance.now()
      return response
    }
    const observer = new MutationObserver(() => {
      const panel = document.querySelector('.search-results')
      if (panel && panel.dataset.query === input.value && Number.isNaN(shown)) shown = performance.now()
    })
    observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-query'], childList: true })
    input.addEventListener('keydown', () => {
      const started = performance.now()
      // The previous keystroke's answer may land after the clock was armed: only this key's count.
      answered = NaN
      shown = NaN
      const done = () => {
        window.fetch = fetchBefore
        observer.disconnect()
        resolve({ total: performance.now() - started, answered: answered - started, shown: shown - started })
      }
      const check = () => {
        const panel = document.querySelector('.search-results')
        if (panel && panel.dataset.query === input.value) {
          // This frame paints the results: its rendering runs right after these callbacks, and a
          // message posted now is handled once it is done. (Waiting for the next frame's callback
          // instead, as this bench first did, counted a whole frame after the paint.)
          const channel = new MessageChannel()
          channel.port1.onmessage = done
          channel.port2.postMessage(null)
        } else requestAnimationFrame(check)
      }
      requestAnimationFrame(check)
    }, { once: true })
  })
  // Not the promise itself: evaluate would wait for it, and the key that settles it is not pressed yet.
  undefined
`

interface Parts {
  /** Last keystroke → results painted. */
  readonly total: number
  /** → the search answer arrived from main (the harness's HTTP here, IPC in the app). */
  readonly answered: number
  /** → the results were in the DOM (Vue's render). */
  readonly shown: number
}

interface Latency {
  readonly samples: number[]
  readonly answered: number[]
  readonly shown: number[]
  readonly firstQueryMs: number
}

async function timeLastKey(page: import('playwright-core').Page, text: string): Promise<Parts> {
  const box = page.getByRole('searchbox', { name: 'Search this edition' })
  await box.fill('')
  await page.waitForTimeout(100)
  await box.pressSequentially(text.slice(0, -1), { delay: KEY_GAP_MS })
  await page.evaluate(ARM_CLOCK)
  await page.waitForTimeout(KEY_GAP_MS)
  await box.press(text.at(-1)!)
  const parts: unknown = await page.evaluate('globalThis.__feltLatency')
  if (typeof parts !== 'object' || parts === null || !('total' in parts) || typeof parts.total !== 'number')
    throw new Error('the page did not report a latency')
  const part = (name: string): number => {
    const value: unknown = Reflect.get(parts, name)
    return typeof value === 'number' ? value : NaN
  }
  return { total: parts.total, answered: part('answered'), shown: part('shown') }
}

export async function feltLatency(rounds = Number(process.env['FELT_ROUNDS'] ?? 3)): Promise<Latency> {
  const reader = await launchReader()
  try {
    const { page } = reader
    await page.goto(`${reader.url}#/diplomatic-service-at-30/founding`)
    await page.locator('h1.chapter-title').waitFor()
    // First paint, then an idle moment: the search index is prepared in it.
    await page.waitForTimeout(1500)
    const firstQueryMs = (await timeLastKey(page, 'Kazakhstan')).total
    const parts: Parts[] = []
    for (let round = 0; round < rounds; round++)
      for (const word of WORDS) parts.push(await timeLastKey(page, word))
    return {
      samples: parts.map((p) => p.total),
      answered: parts.map((p) => p.answered),
      shown: parts.map((p) => p.shown),
      firstQueryMs
    }
  } finally {
    await reader.close()
  }
}
