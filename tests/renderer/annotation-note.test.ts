import type { VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ElshiApi } from '../../src/shared/contract'
import { mountApp, rootOf, until, type MountedApp } from './support/mount-app'
import { realBridge } from '../support/real-bridge'

let mounted: MountedApp | null = null
let api: ElshiApi

beforeEach(() => {
  api = realBridge()
  vi.stubGlobal('elshi', api)
  Element.prototype.scrollIntoView = vi.fn()
  localStorage.clear()
})
afterEach(() => {
  mounted?.app.unmount()
  vi.unstubAllGlobals()
})

const cicaMark = (app: VueWrapper): HTMLElement | null =>
  rootOf(app).querySelector<HTMLElement>('[data-annotation-id="cica"][role="button"]')
const noteOf = (app: VueWrapper, id: string): Element | null =>
  rootOf(app).querySelector(`[role="dialog"]#note_${id}`)

async function openSecurityChapter(): Promise<VueWrapper> {
  mounted = await mountApp('/diplomatic-service-at-30/security', (app) => cicaMark(app) !== null)
  return mounted.app
}

describe('an editors’ note in the chapter', () => {
  it('marks the annotated span as a button that opens its note on click', async () => {
    const app = await openSecurityChapter()
    const mark = cicaMark(app)!
    expect(mark.textContent).toBe('Conference on Interaction and Confidence-Building Measures in Asia (CICA)')
    expect(mark.getAttribute('aria-expanded')).toBe('false')
    mark.click()
    await until(() => noteOf(app, 'cica') !== null, 'the note')
    const note = noteOf(app, 'cica')!
    expect(note.textContent).toContain('Editors’ note')
    expect(note.querySelector('h2')?.textContent).toBe(
      'Conference on Interaction and Confidence-Building Measures in Asia (CICA)'
    )
    expect(note.textContent).toMatch(/Sources.*Almaty Act/s)
    expect([...note.querySelectorAll('.note-related a')].map((a) => a.textContent)).toContain(
      'Nursultan Nazarbayev'
    )
    await until(() => document.activeElement === note, 'focus in the note')
    const reopened = cicaMark(app)!
    expect(reopened.getAttribute('aria-expanded')).toBe('true')
    // Screen readers get the note text as the mark's description.
    expect(document.getElementById(reopened.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(
      /^A multilateral forum for security cooperation in Asia/
    )
  })

  it('opens with Enter on the focused span; Escape closes it and gives focus back to the span', async () => {
    const app = await openSecurityChapter()
    cicaMark(app)!.focus()
    cicaMark(app)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
    await until(() => document.activeElement === noteOf(app, 'cica'), 'the note, focused')
    noteOf(app, 'cica')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    await until(() => noteOf(app, 'cica') === null, 'the note to close')
    await until(() => document.activeElement === cicaMark(app), 'focus back on the span')
    expect(cicaMark(app)!.getAttribute('aria-expanded')).toBe('false')
  })

  it('closes with the close button too, and with Escape on the span itself', async () => {
    const app = await openSecurityChapter()
    cicaMark(app)!.click()
    await until(() => noteOf(app, 'cica') !== null, 'the note')
    noteOf(app, 'cica')!.querySelector<HTMLButtonElement>('button.note-close')!.click()
    await until(() => document.activeElement === cicaMark(app), 'focus back on the span')
    cicaMark(app)!.click()
    await until(() => noteOf(app, 'cica') !== null, 'the note again')
    cicaMark(app)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    await until(() => noteOf(app, 'cica') === null, 'the note to close')
  })

  it('follows a related note into another chapter with that note open', async () => {
    const app = await openSecurityChapter()
    cicaMark(app)!.click()
    await until(() => noteOf(app, 'cica') !== null, 'the note')
    const link = [...noteOf(app, 'cica')!.querySelectorAll('a')].find(
      (a) => a.textContent === 'Nursultan Nazarbayev'
    )
    link!.click()
    await until(() => noteOf(app, 'nursultan-nazarbayev') !== null, 'the related note')
    expect(app.find('h1').text()).toBe('The founding of the service')
    expect(mounted?.router.currentRoute.value.query).toMatchObject({
      p: 'founding-1',
      note: 'nursultan-nazarbayev'
    })
    expect(
      noteOf(app, 'nursultan-nazarbayev')
        ?.closest('.paragraph-row')
        ?.querySelector('p')
        ?.getAttribute('data-paragraph-id')
    ).toBe('founding-1')
  })

  it('hides the marks for plain reading, and remembers it', async () => {
    const app = await openSecurityChapter()
    const toggle = app.get('[role="switch"]')
    expect(toggle.attributes('aria-checked')).toBe('true')
    await toggle.trigger('click')
    await until(() => rootOf(app).querySelector('.annotation-mark') === null, 'the marks to go')
    // Kept by main, so it outlives the window.
    await vi.waitFor(async () =>
      expect(await api.getSettings()).toMatchObject({ ok: true, value: { settings: { noteMarks: false } } })
    )
    expect(app.find('#p_security-2').text()).toContain('Confidence-Building Measures in Asia (CICA)')
  })

  it('starts without marks when plain reading was chosen before', async () => {
    await api.updateSettings({ noteMarks: false })
    mounted = await mountApp(
      '/diplomatic-service-at-30/security',
      (app) =>
        app.find('#p_security-2').exists() &&
        app.find('[role="switch"]').attributes('aria-checked') === 'false'
    )
    expect(rootOf(mounted.app).querySelector('.annotation-mark')).toBeNull()
    expect(mounted.app.get('[role="switch"]').attributes('aria-checked')).toBe('false')
  })
})
