/** The shell of the settings and print panels: labelled, focus in on opening, Escape closes, focus back. */
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import PanelDialog from '../../src/renderer/src/components/PanelDialog.vue'

const Host = defineComponent(() => {
  const open = ref(false)
  return () => [
    h('button', { id: 'opener', onClick: () => (open.value = true) }, 'Aa'),
    h(
      PanelDialog,
      {
        open: open.value,
        title: 'Reading settings',
        titleId: 'test-title',
        closeLabel: 'Close reading settings',
        onClose: () => (open.value = false)
      },
      () => [
        h('input', { type: 'radio', name: 'x' }),
        h('input', { type: 'radio', name: 'x', checked: true })
      ]
    )
  ]
})

afterEach(() => void (document.body.innerHTML = ''))

describe('the panel dialog', () => {
  it('is a labelled dialog that takes focus, closes on Escape and gives focus back to its opener', async () => {
    const wrapper = mount(Host, { attachTo: document.body })
    const opener = document.getElementById('opener')!
    opener.focus()
    opener.click()
    await flushPromises()
    const dialog = document.querySelector('[role="dialog"]')!
    expect(dialog.getAttribute('aria-modal')).toBe('false')
    expect(document.getElementById(dialog.getAttribute('aria-labelledby') ?? '')?.textContent).toBe(
      'Reading settings'
    )
    expect(document.activeElement).toBe(dialog.querySelectorAll('input')[1])

    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    await flushPromises()
    expect(document.querySelector('[role="dialog"]')).toBeNull()
    expect(document.activeElement).toBe(opener)
    wrapper.unmount()
  })

  it('closes by its labelled × button too', async () => {
    const wrapper = mount(Host, { attachTo: document.body })
    const opener = document.getElementById('opener')!
    opener.focus()
    opener.click()
    await flushPromises()
    document.querySelector<HTMLElement>('[aria-label="Close reading settings"]')!.click()
    await flushPromises()
    expect(document.querySelector('[role="dialog"]')).toBeNull()
    expect(document.activeElement).toBe(opener)
    wrapper.unmount()
  })
})
