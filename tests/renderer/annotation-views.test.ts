import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mountApp, rootOf, until, type MountedApp } from './support/mount-app'
import { fakeSaveTimers, runSaveTimers } from './support/save-timers'
import { realBridge } from '../support/real-bridge'

let mounted: MountedApp | null = null

beforeEach(() => {
  vi.stubGlobal('elshi', realBridge())
  Element.prototype.scrollIntoView = vi.fn()
  fakeSaveTimers()
})
afterEach(() => {
  runSaveTimers()
  mounted?.app.unmount()
  vi.unstubAllGlobals()
})

const texts = (elements: Iterable<Element>): string[] => [...elements].map((e) => e.textContent?.trim() ?? '')

describe('the glossary', () => {
  const openGlossary = async (): Promise<MountedApp> =>
    (mounted = await mountApp(
      '/diplomatic-service-at-30/glossary',
      (app) => app.findAll('.glossary-entry').length > 30
    ))

  it('lists every note by kind, A–Z within a kind, each with links to its occurrences', async () => {
    const { app, router } = await openGlossary()
    expect(app.find('h1').text()).toBe('Glossary')
    const sections = texts(rootOf(app).querySelectorAll('.glossary-section-title')).map((t) =>
      t.replace(/\s*\d+$/, '')
    )
    expect(sections).toEqual([
      'People',
      'Organizations',
      'Treaties and documents',
      'Events',
      'Places',
      'Dates',
      'Terms'
    ])
    const people = texts(rootOf(app).querySelectorAll('.glossary-section:first-of-type h3'))
    expect(people).toEqual([...people].sort((a, b) => a.localeCompare(b)))
    expect(people).toContain('Pope John Paul II')
    const link = app.get('a[aria-label="Read “Semipalatinsk test site” in Nuclear disarmament"]')
    await link.trigger('click')
    await until(() => router.currentRoute.value.name === 'chapter', 'the chapter')
    expect(router.currentRoute.value.params).toMatchObject({ chapterId: 'nuclear' })
    expect(router.currentRoute.value.query).toEqual({ p: 'nuclear-1', note: 'semipalatinsk-test-site' })
  })

  it('reorders A–Z by first letter on request', async () => {
    const { app } = await openGlossary()
    const az = app.findAll('.segmented button').find((b) => b.text() === 'A–Z')!
    await az.trigger('click')
    expect(az.attributes('aria-pressed')).toBe('true')
    const letters = texts(rootOf(app).querySelectorAll('.glossary-section-title')).map((t) =>
      t.replace(/\s*\d+$/, '')
    )
    expect(letters[0]).toBe('0–9')
    expect(letters.slice(1)).toEqual([...letters.slice(1)].sort())
    expect(texts(rootOf(app).querySelectorAll('.glossary-section:nth-of-type(1) h3'))).toContain(
      '2 July 1992'
    )
  })

  it('says when a note belongs to the edition as a whole instead of a passage', async () => {
    const { app } = await openGlossary()
    const author = app.get('#glossary_mukhtar-tileuberdi')
    expect(author.findAll('a.occurrence-link')).toHaveLength(0)
    expect(author.text()).toContain('About the edition as a whole')
  })
})

describe('the timeline', () => {
  it('lists every dated note oldest first, by year, each linking to its passage', async () => {
    mounted = await mountApp(
      '/diplomatic-service-at-30/timeline',
      (app) => app.findAll('.timeline-entry').length > 20
    )
    const { app, router } = mounted
    const years = texts(rootOf(app).querySelectorAll('.timeline-year-label'))
    expect(years).toEqual([...years].sort())
    expect(years).toContain('2006')
    const dates = [...rootOf(app).querySelectorAll('.timeline-entry time')].map(
      (t) => t.getAttribute('datetime') ?? ''
    )
    expect(dates).toEqual([...dates].sort())
    const treaty = app.findAll('a.timeline-link').find((a) => a.text().includes('2006'))!
    expect(treaty.text()).toMatch(/^8 September 2006: Treaty on a Nuclear-Weapon-Free Zone in Central Asia/)
    await treaty.trigger('click')
    await until(() => router.currentRoute.value.name === 'chapter', 'the chapter')
    expect(router.currentRoute.value.params).toMatchObject({ chapterId: 'nuclear' })
    expect(router.currentRoute.value.query).toEqual({ p: 'nuclear-2', note: 'canwfz' })
  })
})

describe('the title page', () => {
  it('offers the note on the author beside the byline, as a disclosure', async () => {
    mounted = await mountApp('/diplomatic-service-at-30', (app) => app.find('.byline-note').exists())
    const note = mounted.app.get('details.byline-note')
    expect(note.get('summary').text()).toBe('Editors’ note: Mukhtar Tileuberdi')
    expect(note.text()).toMatch(/Sources/)
  })
})
