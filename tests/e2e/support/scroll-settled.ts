import type { Page } from 'playwright-core'

/**
 * The page scrolls smoothly (shell.css), so a scroll just asked for may still be under way: waits until
 * the page has stood still for a few frames. A place measured, or a shot taken, mid-scroll is neither
 * where the reader was nor where they are going.
 */
export const scrollSettled = (page: Page): Promise<unknown> =>
  page.evaluate(`new Promise((resolve) => {
    const page = document.querySelector('.page')
    let last = -1
    let still = 0
    const check = () => {
      still = page.scrollTop === last ? still + 1 : 0
      last = page.scrollTop
      if (still >= 3) resolve(undefined)
      else requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  })`)
