import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import App from '../../src/renderer/src/App.vue'
import { createElshiRouter } from '../../src/renderer/src/router'
import { realBridge } from '../support/real-bridge'

let wrapper: VueWrapper | null = null

beforeEach(() => {
  vi.stubGlobal('elshi', realBridge())
  Element.prototype.scrollIntoView = vi.fn()
})
afterEach(() => {
  wrapper?.unmount()
  vi.unstubAllGlobals()
})

async function open(path: string): Promise<VueWrapper> {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createElshiRouter(createMemoryHistory())
  await router.push(path)
  wrapper = mount(App, { global: { plugins: [pinia, router] }, attachTo: document.body })
  await vi.waitFor(async () => {
    await flushPromises()
    if (!wrapper?.find('h1').exists()) throw new Error('not rendered yet')
  })
  return wrapper
}

describe('the reader frame', () => {
  it('shows a chapter with the current chapter marked and links to its neighbours', async () => {
    const app = await open('/diplomatic-service-at-30/nuclear')
    expect(app.find('h1').text()).toBe('Nuclear disarmament')
    expect(app.find('[aria-current="page"]').text()).toContain('Nuclear disarmament')
    expect(app.find('a[rel="prev"]').text()).toContain('Borders and the Caspian Sea')
    expect(app.find('a[rel="next"]').text()).toContain('Security, the Security Council and EXPO 2017')
    expect(app.findAll('p.paragraph').map((p) => p.attributes('data-paragraph-id'))).toEqual([
      'nuclear-1',
      'nuclear-2'
    ])
  })

  it('shows results grouped by chapter while typing, and opens the chosen passage', async () => {
    const app = await open('/diplomatic-service-at-30/founding')
    await app.find('input[type="search"]').setValue('Semipalatinsk')
    await vi.waitFor(
      async () => {
        await flushPromises()
        if (!app.find('.result-hit').exists()) throw new Error('no results yet')
      },
      { timeout: 3000 }
    )
    expect(app.find('.result-chapter').text()).toMatch(/Nuclear disarmament\s*2/)
    expect(app.findAll('.result-hit mark').map((m) => m.text())).toEqual(['Semipalatinsk', 'Semipalatinsk'])
    await app.findAll('.result-hit')[1]!.trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      if (app.find('h1').text() !== 'Nuclear disarmament') throw new Error('chapter not open yet')
    })
    // The chapter's marks are asked for once the frame showing it has painted.
    await vi.waitFor(async () => {
      await flushPromises()
      if (!app.find('#p_nuclear-2 mark.search-hit').exists()) throw new Error('not marked yet')
    })
    expect(app.find('#p_nuclear-2 mark.search-hit').text()).toBe('Semipalatinsk')
  })

  it('clears the search with Escape and returns to the contents', async () => {
    const app = await open('/diplomatic-service-at-30/founding')
    const input = app.find('input[type="search"]')
    await input.setValue('treaty')
    await input.trigger('keydown', { key: 'Escape' })
    expect((input.element as HTMLInputElement).value).toBe('')
    expect(app.find('nav.toc').exists()).toBe(true)
  })
})
