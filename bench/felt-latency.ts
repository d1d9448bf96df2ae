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
    input.addEventListener('keydown', () => {
      const started = performance.now()
      const check = () => {
        const panel = document.querySelector('.search-results')
        if (panel && panel.dataset.query === input.value) {
          // This frame paints the results: its rendering runs right after these callbacks, and a
          // message posted now is handled once it is done. (Waiting for the next frame's callback
          // instead, as this bench first did, counted a whole frame after the paint.)
          const channel = new MessageChannel()
          channel.port1.onmessage = () => resolve(performance.now() - started)
          channel.port2.postMessage(null)
        } else requestAnimationFrame(check)
      }
      requestAnimationFrame(check)
    }, { once: true })
  })
  // Not the promise itself: evaluate would wait for it, and the key that settles it is not pressed yet.
  undefined
`

interface Latency {
  readonly samples: number[]
  readonly firstQueryMs: number
}

async function timeLastKey(page: import('playwright-core').Page, text: string): Promise<number> {
  const box = page.getByRole('searchbox', { name: 'Search this edition' })
  await box.fill('')
  await page.waitForTimeout(100)
  await box.pressSequentially(text.slice(0, -1), { delay: KEY_GAP_MS })
  await page.evaluate(ARM_CLOCK)
  await page.waitForTimeout(KEY_GAP_MS)
  await box.press(text.at(-1)!)
  const ms: unknown = await page.evaluate('globalThis.__feltLatency')
  if (typeof ms !== 'number') throw new Error('the page did not report a latency')
  return ms
}

export async function feltLatency(rounds = Number(process.env['FELT_ROUNDS'] ?? 3)): Promise<Latency> {
  const reader = await launchReader()
  try {
    const { page } = reader
    await page.goto(`${reader.url}#/diplomatic-service-at-30/founding`)
    await page.locator('h1.chapter-title').waitFor()
    // First paint, then an idle moment: the search index is prepared in it.
    await page.waitForTimeout(1500)
    const firstQueryMs = await timeLastKey(page, 'Kazakhstan')
    const samples: number[] = []
    for (let round = 0; round < rounds; round++)
      for (const word of WORDS) samples.push(await timeLastKey(page, word))
    return { samples, firstQueryMs }
  } finally {
    await reader.close()
  }
}
